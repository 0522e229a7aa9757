// A door state machine: (State, &Event) matched with a guard and a catch-all binding both, `use State::*` inside the function, errors as Strings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Locked,
    Closed,
    Open,
}

#[derive(Debug)]
enum Event {
    Unlock(u32),
    Lock,
    Push,
    Pull,
}

fn step(s: State, e: &Event, code: u32) -> Result<State, String> {
    use State::*;
    match (s, e) {
        (Locked, Event::Unlock(c)) if *c == code => Ok(Closed),
        (Locked, Event::Unlock(c)) => Err(format!("wrong code {}", c)),
        (Closed, Event::Lock) => Ok(Locked),
        (Closed, Event::Push) => Ok(Open),
        (Open, Event::Pull) => Ok(Closed),
        (s, e) => Err(format!("cannot {:?} when {:?}", e, s)),
    }
}

fn main() {
    let events = vec![Event::Push, Event::Unlock(12), Event::Unlock(42), Event::Push, Event::Lock, Event::Pull, Event::Lock];
    let mut s = State::Locked;
    let mut errors = 0;
    for e in &events {
        match step(s, e, 42) {
            Ok(next) => {
                println!("{:?} --{:?}--> {:?}", s, e, next);
                s = next;
            }
            Err(msg) => {
                errors += 1;
                println!("error: {}", msg);
            }
        }
    }
    println!("final {:?}, {} errors", s, errors);
}
// expect: error: cannot Push when Locked
// expect: error: wrong code 12
// expect: Locked --Unlock(42)--> Closed
// expect: Closed --Push--> Open
// expect: error: cannot Lock when Open
// expect: Open --Pull--> Closed
// expect: Closed --Lock--> Locked
// expect: final Locked, 3 errors
