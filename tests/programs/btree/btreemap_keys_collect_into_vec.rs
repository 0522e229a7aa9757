// A BTreeMap's keys collect into a Vec of exactly their number, in key order.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(20u64, "b");
    m.insert(10, "a");
    let keys: Vec<&u64> = m.keys().collect();
    let total: u64 = m.keys().sum();
    println!("{:?} {}", keys, total);
}
// expect: [10, 20] 30
