// A HashSet's items collected into a BTreeSet come out sorted whatever the hash order was; std collects them into a Vec first, sized by the set's exact hint.
use std::collections::{BTreeSet, HashSet};

fn main() {
    let seen: HashSet<String> = ["delta", "alpha", "charlie", "bravo", "echo"].iter().map(|s| s.to_string()).collect();
    let sorted: BTreeSet<&str> = seen.iter().map(|s| s.as_str()).collect();
    println!("{:?}", sorted);
}
// expect: {"alpha", "bravo", "charlie", "delta", "echo"}
