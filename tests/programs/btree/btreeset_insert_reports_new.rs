// BTreeSet::insert says whether the value was new; a repeated value is dropped, the stored one kept.
use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    println!("{} {}", s.insert(String::from("a")), s.insert(String::from("a")));
    println!("{:?} {}", s, s.is_empty());
}
// expect: true false
// expect: {"a"} false
