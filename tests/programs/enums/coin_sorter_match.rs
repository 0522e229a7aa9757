// A coin sorter: match on an enum whose Quarter variant holds another enum, with a block arm that prints.
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

fn value_in_cents(coin: Coin) -> u8 {
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

fn main() {
    let coins = [Coin::Penny, Coin::Nickel, Coin::Dime, Coin::Quarter(UsState::Alaska), Coin::Quarter(UsState::Alabama)];
    let mut total = 0u32;
    for coin in coins {
        total += value_in_cents(coin) as u32;
    }
    println!("total {total}");
}
// expect: Lucky penny!
// expect: State quarter from Alaska!
// expect: State quarter from Alabama!
// expect: total 66
