// Display for an enum with match on self, used by to_string, format! width and in a Vec loop.
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

#[derive(Debug)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
            Suit::Clubs => "♣",
            Suit::Diamonds => "♦",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank {
            1 => "A".to_string(),
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            n => n.to_string(),
        };
        write!(f, "{}{}", r, self.suit)
    }
}

fn main() {
    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Diamonds },
        Card { rank: 7, suit: Suit::Clubs },
    ];
    for c in &hand {
        println!("{} / {:?}", c, c);
    }
    let shown: Vec<String> = hand.iter().map(|c| c.to_string()).collect();
    println!("{}", shown.join(" "));
    println!("[{:>5}]", Suit::Hearts.to_string());
}
// expect: A♠ / Card { rank: 1, suit: Spades }
// expect: 10♥ / Card { rank: 10, suit: Hearts }
// expect: Q♦ / Card { rank: 12, suit: Diamonds }
// expect: 7♣ / Card { rank: 7, suit: Clubs }
// expect: A♠ 10♥ Q♦ 7♣
// expect: [    ♥]
