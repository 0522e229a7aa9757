// A struct holding a Vec exposes iter() returning std::slice::Iter, used with for, map and rev.
struct Deck {
    cards: Vec<u8>,
}

impl Deck {
    fn iter(&self) -> std::slice::Iter<'_, u8> {
        self.cards.iter()
    }
}

fn main() {
    let d = Deck { cards: vec![2, 7, 11, 5] };
    for c in d.iter() {
        print!("{} ", c);
    }
    println!();
    let doubled: Vec<u8> = d.iter().map(|c| c * 2).collect();
    println!("{:?}", doubled);
    let high = d.iter().filter(|&&c| c > 5).count();
    println!("high cards: {}", high);
    let mut it = d.iter();
    it.next();
    println!("rest: {:?}", it);
}
// expect: 2 7 11 5 
// expect: [4, 14, 22, 10]
// expect: high cards: 2
// expect: rest: Iter([7, 11, 5])
