// A BTreeMap's and_modify gives the closure the value of a key that is there, and hands the entry on to or_insert.
use std::collections::BTreeMap;

fn main() {
    let mut scores = BTreeMap::new();
    for (name, points) in [("eve", 3), ("bo", 5), ("eve", 4)] {
        scores.entry(name).and_modify(|s| *s += points).or_insert(points);
    }
    println!("{:?}", scores);
}
// expect: {"bo": 5, "eve": 7}
