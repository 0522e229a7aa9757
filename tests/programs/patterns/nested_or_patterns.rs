// Or-patterns nested inside a variant and a tuple, with a guard on the arm.
#[derive(Debug)]
enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Quit,
}

fn handle(e: &Event) -> &'static str {
    match e {
        Event::Key('q' | 'Q') | Event::Quit => "leave",
        Event::Key('a'..='z') => "letter",
        Event::Click { x: 0, y: 0 | 1 } => "corner",
        Event::Click { x, .. } if *x < 0 => "left of screen",
        _ => "ignored",
    }
}

fn main() {
    let events = vec![Event::Key('Q'), Event::Key('m'), Event::Click { x: 0, y: 1 }, Event::Click { x: -3, y: 9 },
                      Event::Click { x: 5, y: 5 }, Event::Quit, Event::Key('7')];
    for e in &events {
        println!("{:?} -> {}", e, handle(e));
    }
}
// expect: Key('Q') -> leave
// expect: Key('m') -> letter
// expect: Click { x: 0, y: 1 } -> corner
// expect: Click { x: -3, y: 9 } -> left of screen
// expect: Click { x: 5, y: 5 } -> ignored
// expect: Quit -> leave
// expect: Key('7') -> ignored
