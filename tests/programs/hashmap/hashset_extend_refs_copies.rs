// HashSet::extend with references to Copy values copies them in (Extend<&T>); duplicates are dropped.
use std::collections::HashSet;
fn main() {
    let mut seen: HashSet<i32> = HashSet::new();
    let xs = [3, 1, 3, 2];
    seen.extend(xs.iter());
    seen.extend(&[4, 1]);
    let mut all: Vec<i32> = seen.iter().copied().collect();
    all.sort();
    println!("{:?}", all);
}
// expect: [1, 2, 3, 4]
