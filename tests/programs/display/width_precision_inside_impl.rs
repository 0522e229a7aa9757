// Width, fill and precision written inside the impl's write! apply to its own arguments.
use std::fmt;

struct Item {
    name: String,
    price: f64,
    qty: u32,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8}|{:>8.2}|{:03}", self.name, self.price, self.qty)
    }
}

fn main() {
    let items = vec![
        Item { name: String::from("apple"), price: 0.5, qty: 12 },
        Item { name: String::from("melon"), price: 3.14159, qty: 2 },
    ];
    for it in &items {
        println!("[{}]", it);
    }
}
// expect: [apple   |    0.50|012]
// expect: [melon   |    3.14|002]
