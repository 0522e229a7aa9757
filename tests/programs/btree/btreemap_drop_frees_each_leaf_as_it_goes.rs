// Dropping a map of Strings drops the entries in key order and frees each leaf as soon as its last entry is dropped, before the next leaf's, the root last.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 0..30 {
        m.insert(k, format!("value {k}"));
    }
    println!("{}", m[&29]);
}
// expect: value 29
