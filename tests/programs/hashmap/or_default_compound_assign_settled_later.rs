// `*counts.entry(w).or_default() += 1` of a map made by `BTreeMap::new()` with no type: the `+=` waits for the function's end, where the returned type (or a later `let`'s) names the value type, as rustc's obligation does; it was a false E0368.
use std::collections::{BTreeMap, HashMap};

fn count(text: &str) -> BTreeMap<String, u32> {
    let mut counts = BTreeMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_default() += 1;
    }
    counts
}

fn main() {
    println!("{:?}", count("a b a"));
    let mut letters = HashMap::new();
    *letters.entry('x').or_default() += 2;
    let total: u64 = letters.values().sum();
    println!("{:?} {}", letters, total);
    let mut v = Vec::new();
    v.push(Default::default());
    v[0] += 1;
    let first: u8 = v[0];
    println!("{:?} {}", v, first);
}
// expect: {"a": 2, "b": 1}
// expect: {'x': 2} 2
// expect: [1] 1
