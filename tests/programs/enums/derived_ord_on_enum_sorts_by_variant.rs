// Derived PartialOrd/Ord on an enum orders by variant first, then payload; sort and max use it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Card {
    Number(u8),
    Jack,
    Queen,
    King,
}

fn main() {
    let mut hand = vec![Card::King, Card::Number(9), Card::Jack, Card::Number(2), Card::Queen];
    hand.sort();
    println!("{:?}", hand);
    println!("{:?}", hand.iter().max());
    println!("{}", Card::Number(10) < Card::Jack);
    println!("{:?}", Card::Queen.cmp(&Card::Queen));
}
// expect: [Number(2), Number(9), Jack, Queen, King]
// expect: Some(King)
// expect: true
// expect: Equal
