// Keys inserted and removed in a scrambled order split, steal and merge nodes all over the tree; the contents and every allocation match std's.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..300u64 {
        let k = (i * 137) % 311;
        m.insert(k, i);
    }
    for i in 0..250u64 {
        let k = (i * 71) % 311;
        m.remove(&k);
    }
    let mut keys = Vec::new();
    for k in m.keys() {
        keys.push(*k);
    }
    println!("{} {:?}", m.len(), &keys[..5]);
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
}
// expect: 58 [3, 10, 13, 20, 23]
// expect: Some((3, 252)) Some((307, 286))
