// A vending machine state machine with an enum and a transition method consuming self, events in a Vec.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    HasMoney(u32),
    Vending { item: String, change: u32 },
}

#[derive(Debug)]
enum Event {
    Coin(u32),
    Select(&'static str, u32),
    Take,
}

impl State {
    fn next(self, event: &Event) -> State {
        match (self, event) {
            (State::Idle, Event::Coin(c)) => State::HasMoney(*c),
            (State::HasMoney(m), Event::Coin(c)) => State::HasMoney(m + c),
            (State::HasMoney(m), Event::Select(name, price)) if m >= *price => {
                State::Vending { item: name.to_string(), change: m - price }
            }
            (State::Vending { .. }, Event::Take) => State::Idle,
            (s, _) => s,
        }
    }
}

fn main() {
    let events = vec![
        Event::Select("cola", 150),
        Event::Coin(100),
        Event::Select("cola", 150),
        Event::Coin(100),
        Event::Select("cola", 150),
        Event::Take,
    ];
    let mut state = State::Idle;
    for e in &events {
        let before = state.clone();
        state = state.next(e);
        println!("{:?} + {:?} => {:?}", before, e, state);
    }
    println!("{:#?}", State::Vending { item: "chips".into(), change: 5 });
    println!("back to idle: {}", state == State::Idle);
}
// expect: Idle + Select("cola", 150) => Idle
// expect: Idle + Coin(100) => HasMoney(100)
// expect: HasMoney(100) + Select("cola", 150) => HasMoney(100)
// expect: HasMoney(100) + Coin(100) => HasMoney(200)
// expect: HasMoney(200) + Select("cola", 150) => Vending { item: "cola", change: 50 }
// expect: Vending { item: "cola", change: 50 } + Take => Idle
// expect: Vending {
// expect:     item: "chips",
// expect:     change: 5,
// expect: }
// expect: back to idle: true
