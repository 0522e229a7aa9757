// Indexing a BTreeMap with a missing key panics with std's message, reported at the `[`.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(1, "one");
    println!("{}", m[&1]);
    println!("{}", m[&2]);
}
// expect: one
// panic: no entry found for key
// panic-at: 8:21
