// clear drops every entry but keeps the table's allocation and its capacity.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u8, String> = HashMap::new();
    m.insert(1, String::from("a"));
    m.insert(2, String::from("b"));
    m.clear();
    println!("{} {}", m.len(), m.capacity());
    m.insert(3, String::from("c"));
    println!("{}", m[&3]);
}
// expect: 0 3
// expect: c
