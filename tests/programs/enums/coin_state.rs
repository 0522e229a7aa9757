// Coins with a state quarter, matched with a binding in one arm and counted with if let ... else.
#[derive(Debug, Clone, Copy)]
enum UsState {
    Alabama,
    Alaska,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

fn value_in_cents(coin: &Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {state:?}!");
            25
        }
    }
}

fn describe(coin: &Coin) -> Option<String> {
    let Coin::Quarter(state) = coin else {
        return None;
    };
    Some(format!("{state:?} quarter"))
}

fn main() {
    let coins = vec![Coin::Penny, Coin::Quarter(UsState::Alaska), Coin::Dime, Coin::Nickel, Coin::Quarter(UsState::Alabama)];
    let mut total = 0u32;
    let mut others = 0;
    for c in &coins {
        total += value_in_cents(c) as u32;
        if let Coin::Quarter(_) = c {
        } else {
            others += 1;
        }
    }
    println!("{total} {others}");
    let named: Vec<String> = coins.iter().filter_map(describe).collect();
    println!("{:?}", named);
}
// expect: Lucky penny!
// expect: State quarter from Alaska!
// expect: State quarter from Alabama!
// expect: 66 3
// expect: ["Alaska quarter", "Alabama quarter"]
