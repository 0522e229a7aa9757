// An enum implementing Display, printed with padding and in a joined list.
use std::fmt;

enum Suit {
    Hearts,
    Spades,
}

enum Card {
    Number(u8, Suit),
    Face(char, Suit),
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Card::Number(n, s) => write!(f, "{}{}", n, s),
            Card::Face(c, s) => write!(f, "{}{}", c, s),
        }
    }
}

fn main() {
    let hand = vec![Card::Number(7, Suit::Hearts), Card::Face('K', Suit::Spades)];
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("{}", shown.join(" "));
    println!("[{:>4}] [{:<4}]", hand[0].to_string(), hand[1].to_string());
}
// expect: 7♥ K♠
// expect: [  7♥] [K♠  ]
