// A BTreeMap's Entry kept in a variable holds the map's `&mut`: inserting before the entry is used is E0499.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, i32> = BTreeMap::new();
    let e = m.entry(1);
    m.insert(2, 2);
    *e.or_insert(0) += 1;
    println!("{:?}", m);
}
// error: E0499 at 7:5
