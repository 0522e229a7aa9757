// BTreeSet::from sorts the values and keeps each once.
use std::collections::BTreeSet;

fn main() {
    let s = BTreeSet::from(["pear", "apple", "fig", "apple"]);
    println!("{:?} {}", s, s.len());
}
// expect: {"apple", "fig", "pear"} 3
