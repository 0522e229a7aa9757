// Matching `btree_map::Entry::Vacant`/`Occupied` is "not supported yet" at the use of `std::collections::btree_map::Entry`.
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<&str, i32> = BTreeMap::new();
    match m.entry("a") {
        Entry::Vacant(v) => { v.insert(1); }
        Entry::Occupied(mut o) => { *o.get_mut() += 1; }
    }
    println!("{:?}", m);
}
// expect: {"a": 1}
// unsupported: `std::collections::btree_map::Entry` at 2:5
