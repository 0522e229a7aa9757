// One type with both impls: `{}` runs Display's fmt and `{:?}` Debug's, each its own.
use std::fmt;

enum Suit {
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Suit::Hearts => write!(f, "♥"),
            Suit::Spades => write!(f, "♠"),
        }
    }
}

impl fmt::Debug for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self {
            Suit::Hearts => "Hearts",
            Suit::Spades => "Spades",
        };
        write!(f, "Suit::{}", name)
    }
}

fn main() {
    let hand = vec![Suit::Hearts, Suit::Spades];
    println!("{} {}", hand[0], hand[1]);
    println!("{:?}", hand);
}
// expect: ♥ ♠
// expect: [Suit::Hearts, Suit::Spades]
