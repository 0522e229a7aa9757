// The twelfth key does not fit one leaf: it splits into two leaves under a new internal root, three nodes in all.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 1..=12u32 {
        m.insert(k, k * 100);
    }
    println!("{} {:?} {:?}", m.len(), m.get(&6), m.get(&12));
    let mut keys = Vec::new();
    for k in m.keys() {
        keys.push(*k);
    }
    println!("{:?}", keys);
}
// expect: 12 Some(600) Some(1200)
// expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
