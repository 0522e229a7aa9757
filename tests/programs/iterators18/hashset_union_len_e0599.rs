// A HashSet's union is an Iterator and no ExactSizeIterator: its `len` is rustc's E0599 naming std's Union struct.
use std::collections::HashSet;

fn main() {
    let a: HashSet<i32> = [1, 2, 3].into_iter().collect();
    let b: HashSet<i32> = [3, 4].into_iter().collect();
    println!("{}", a.union(&b).len());
}
// error: E0599 at 7:32
