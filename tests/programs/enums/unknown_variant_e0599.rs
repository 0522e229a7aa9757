// A variant the enum does not declare is E0599, pointing at the variant's name.
#[derive(Debug)]
enum Suit {
    Hearts,
    Spades,
}

fn main() {
    let s = Suit::Clubs;
    println!("{:?} {:?}", s, Suit::Hearts);
    let _ = Suit::Spades;
}
// error: E0599 at 9:19
