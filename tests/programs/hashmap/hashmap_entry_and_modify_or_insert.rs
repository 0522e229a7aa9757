// and_modify changes the value of a key that is there; or_insert after it starts a missing key: the word-count idiom.
use std::collections::HashMap;

fn main() {
    let mut counts = HashMap::new();
    for w in "a b a c a b".split(' ') {
        counts.entry(w).and_modify(|n| *n += 1).or_insert(1);
    }
    println!("{:?} {:?} {:?}", counts.get("a"), counts.get("b"), counts.get("c"));
}
// expect: Some(3) Some(2) Some(1)
