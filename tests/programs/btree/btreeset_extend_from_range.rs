// BTreeSet::extend from a range of 15 keys fills a leaf, splits it, and keeps the keys sorted.
use std::collections::BTreeSet;
fn main() {
    let mut s = BTreeSet::new();
    s.extend((0..15).rev());
    println!("{:?} {}", s.first(), s.len());
}
// expect: Some(0) 15
