// Indexing a HashMap with a missing key panics with "no entry found for key", reported at the indexing.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 'x');
    println!("{}", m[&1]);
    println!("{}", m[&2]);
}
// expect: x
// panic: no entry found for key
// panic-at: 8:21
