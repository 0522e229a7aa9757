// A struct deriving Debug, Clone, PartialEq and Default with a BTreeMap and a BTreeSet field: default makes them empty (no node), clone copies the nodes, == compares entry by entry, and iterator chains over the map run in key order (rev, sum, filter, collect).
use std::collections::{BTreeMap, BTreeSet, HashMap};
#[derive(Debug, Clone, PartialEq, Default)]
struct Inventory {
    items: BTreeMap<String, u32>,
    tags: BTreeSet<char>,
}
fn main() {
    let mut inv = Inventory::default();
    inv.items.insert("b".to_string(), 2);
    inv.items.insert("a".to_string(), 1);
    inv.tags.insert('x');
    let copy = inv.clone();
    println!("{:?} {}", inv, copy == inv);
    let rev: Vec<&String> = inv.items.keys().rev().collect();
    let total: u32 = inv.items.values().sum();
    println!("{:?} {}", rev, total);
    let big: Vec<(&String, &u32)> = inv.items.iter().filter(|(_, v)| **v > 1).collect();
    println!("{:?}", big);
    let h: HashMap<char, usize> = "hello".chars().map(|c| (c, 1)).collect();
    println!("{}", h.len());
}
// expect: Inventory { items: {"a": 1, "b": 2}, tags: {'x'} } true
// expect: ["b", "a"] 3
// expect: [("b", 2)]
// expect: 4
