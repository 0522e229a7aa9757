// `let … else` runs its else block when the variant does not match, also for an enum whose tags live in its payload's niche.
#[derive(Debug)]
enum UsState {
    Alabama,
    Alaska,
}

enum Coin {
    Penny,
    Dime,
    Quarter(UsState),
}

fn state_of(coin: Coin) -> Option<UsState> {
    let Coin::Quarter(state) = coin else {
        return None;
    };
    Some(state)
}

fn main() {
    println!("{}", std::mem::size_of::<Coin>());
    println!("{:?}", state_of(Coin::Dime));
    println!("{:?}", state_of(Coin::Penny));
    println!("{:?}", state_of(Coin::Quarter(UsState::Alaska)));
    println!("{:?}", state_of(Coin::Quarter(UsState::Alabama)));
}
// expect: 1
// expect: None
// expect: None
// expect: Some(Alaska)
// expect: Some(Alabama)
