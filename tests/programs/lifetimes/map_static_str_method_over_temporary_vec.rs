// A closure calling a method whose result borrows nothing of its receiver (`fn name(&self) -> &'static str`) makes items holding nothing the temporary Vec walked owns: collecting them out of `vec![..].iter()` is no E0716, and the source may move after.
#[derive(Clone, Copy, Debug)]
enum Suit {
    Hearts,
    Spades,
}

impl Suit {
    fn name(&self) -> &'static str {
        match self {
            Suit::Hearts => "hearts",
            Suit::Spades => "spades",
        }
    }
}

fn main() {
    let names = vec![Suit::Hearts, Suit::Spades].iter().map(|s| s.name()).collect::<Vec<_>>();
    println!("{:?}", names);
    let suits = vec![Suit::Spades, Suit::Hearts];
    let first: Option<&str> = suits.iter().map(|s| s.name()).next();
    drop(suits);
    println!("{:?}", first);
}
// expect: ["hearts", "spades"]
// expect: Some("spades")
