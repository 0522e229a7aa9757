// A BTreeSet's intersection has no `len` either: rustc's E0599 naming btree_set::Intersection.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [1, 2, 3].into_iter().collect();
    let b: BTreeSet<i32> = [2, 3, 4].into_iter().collect();
    let common = a.intersection(&b).len();
    println!("{}", common);
}
// error: E0599 at 7:37
