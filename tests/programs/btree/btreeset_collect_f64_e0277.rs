// f64 is not Ord, so it cannot be collected into a BTreeSet: rustc's E0277 at collect.
use std::collections::BTreeSet;

fn main() {
    let v = vec![1.5, 0.5];
    let s: BTreeSet<f64> = v.into_iter().collect();
    println!("{}", s.len());
}
// error: E0277 at 6:42
