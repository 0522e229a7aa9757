// Collecting an iterator into a BTreeMap is outside the subset: the engine says so at collect, not with an E0277.
use std::collections::BTreeMap;

fn main() {
    let v = vec![(2, 'b'), (1, 'a')];
    let m: BTreeMap<i32, char> = v.into_iter().collect();
    println!("{:?}", m);
}
// expect: {1: 'a', 2: 'b'}
// unsupported: collecting into a `BTreeMap<i32, char>`
