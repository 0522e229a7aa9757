// A leaf left with four keys takes one from its fuller neighbour through the parent instead of merging.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 1..=20 {
        m.insert(k, ());
    }
    m.remove(&1);
    m.remove(&2);
    let mut keys = Vec::new();
    for k in m.keys() {
        keys.push(*k);
    }
    println!("{:?}", keys);
}
// expect: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
