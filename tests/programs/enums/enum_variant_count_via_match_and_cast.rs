// A field-less enum with `#[derive(Clone, Copy)]` cast to usize indexes an array of names.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

const NAMES: [&str; 4] = ["clubs", "diamonds", "hearts", "spades"];

impl Suit {
    fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    fn is_red(self) -> bool {
        matches!(self, Suit::Diamonds | Suit::Hearts)
    }
}

fn main() {
    for s in [Suit::Clubs, Suit::Diamonds, Suit::Hearts, Suit::Spades] {
        println!("{:?} {} {} {}", s, s as u8, s.name(), s.is_red());
    }
}
// expect: Clubs 0 clubs false
// expect: Diamonds 1 diamonds true
// expect: Hearts 2 hearts true
// expect: Spades 3 spades false
