// if let Coin::Quarter(state) ... else { count += 1 }, counting non-quarters.
#[derive(Debug)]
enum Coin {
    Penny,
    Quarter(String),
}

fn main() {
    let coins = vec![
        Coin::Penny,
        Coin::Quarter(String::from("Ohio")),
        Coin::Penny,
        Coin::Quarter(String::from("Texas")),
    ];
    let mut count = 0;
    for coin in &coins {
        if let Coin::Quarter(state) = coin {
            println!("State quarter from {}!", state);
        } else {
            count += 1;
        }
    }
    println!("{} non-quarters", count);
}
// expect: State quarter from Ohio!
// expect: State quarter from Texas!
// expect: 2 non-quarters
