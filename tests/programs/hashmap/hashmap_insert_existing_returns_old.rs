// Inserting an existing key replaces the value and returns the old one; the length stays the same.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    println!("{:?}", stock.insert("apples", 3));
    println!("{:?}", stock.insert("apples", 5));
    println!("{} {}", stock.len(), stock["apples"]);
}
// expect: None
// expect: Some(3)
// expect: 1 5
