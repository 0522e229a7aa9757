// A BTreeMap range walked backwards with rev: the largest keys in the range first.
use std::collections::BTreeMap;

fn main() {
    let scores = BTreeMap::from([(70, "C"), (80, "B"), (90, "A"), (60, "D")]);
    let top: Vec<&str> = scores.range(65..).rev().map(|(_, g)| *g).collect();
    println!("{:?}", top);
}
// expect: ["A", "B", "C"]
