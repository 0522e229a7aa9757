// Collecting nothing into a BTreeMap makes an empty map with no root node, even when the source Vec had a buffer.
use std::collections::BTreeMap;

fn main() {
    let v: Vec<(i32, i32)> = Vec::with_capacity(4);
    let m: BTreeMap<i32, i32> = v.into_iter().filter(|p| p.0 > 0).collect();
    println!("{:?} {}", m, m.is_empty());
}
// expect: {} true
