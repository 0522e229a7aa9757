// value_in_cents over a Coin enum whose Quarter carries a UsState, printing inside an arm block.
#[derive(Debug)]
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
            println!("State quarter from {:?}!", state);
            25
        }
    }
}

fn main() {
    let total = value_in_cents(Coin::Penny)
        + value_in_cents(Coin::Quarter(UsState::Alaska))
        + value_in_cents(Coin::Dime)
        + value_in_cents(Coin::Nickel)
        + value_in_cents(Coin::Quarter(UsState::Alabama));
    println!("total {}", total);
}
// expect: Lucky penny!
// expect: State quarter from Alaska!
// expect: State quarter from Alabama!
// expect: total 66
