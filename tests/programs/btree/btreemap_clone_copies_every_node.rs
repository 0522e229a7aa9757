// clone copies the tree node by node: the first child's nodes first, then the new root above it, each entry's key and value cloned before the subtree after it.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 0..15 {
        m.insert(k.to_string(), vec![k; 2]);
    }
    let copy = m.clone();
    m.clear();
    println!("{} {} {:?}", m.len(), copy.len(), copy.get("7"));
}
// expect: 0 15 Some([7, 7])
