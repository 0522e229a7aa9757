// BTreeSet::insert of a key borrowing a temporary keeps the borrow in the set: E0716, while remove of such a key does not.
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<&String> = BTreeSet::new();
    s.insert(&String::from("gone"));
    println!("{}", s.len());
}
// error: E0716 at 6:15
