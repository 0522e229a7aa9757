// A struct deriving Default gets an empty HashMap field: no allocation until its first insert.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Inventory {
    stock: HashMap<String, u32>,
    sold: u32,
}

fn main() {
    let mut inv = Inventory::default();
    println!("{:?}", inv);
    inv.stock.insert(String::from("pear"), 3);
    inv.sold += 1;
    println!("{:?} {}", inv.stock.get("pear"), inv.sold);
}
// expect: Inventory { stock: {}, sold: 0 }
// expect: Some(3) 1
