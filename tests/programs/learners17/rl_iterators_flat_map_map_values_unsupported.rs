// Rustlings-style: flat_map whose closure returns a HashMap's `values()` iterator (not supported yet: named at the closure's result).
use std::collections::HashMap;

fn main() {
    let mut first = HashMap::new();
    first.insert("a", 1);
    let mut second = HashMap::new();
    second.insert("b", 2);
    second.insert("c", 2);
    let collection = vec![first, second];
    let twos = collection.iter().flat_map(|m| m.values()).filter(|&&v| v == 2).count();
    println!("{}", twos);
}
// expect: 2
// unsupported: the iterator `values` makes here, passed, returned or stored as a value, is not supported yet at 11:47
