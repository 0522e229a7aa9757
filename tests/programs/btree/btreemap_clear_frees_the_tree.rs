// clear frees every node: the map has no root again, and the next insert allocates a new leaf.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 0..20 {
        m.insert(k, k * k);
    }
    m.clear();
    println!("{} {:?}", m.len(), m.get(&3));
    m.insert(7, 49);
    println!("{:?}", m);
}
// expect: 0 None
// expect: {7: 49}
