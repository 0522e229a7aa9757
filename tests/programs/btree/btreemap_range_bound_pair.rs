// A `(Bound, Bound)` pair gives ends a range literal cannot: an excluded start (`Excluded(1)`) and an open end (`Unbounded`).
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Included, Unbounded};

fn main() {
    let m: BTreeMap<i32, &str> = BTreeMap::from([(1, "one"), (2, "two"), (3, "three"), (5, "five")]);
    for (k, v) in m.range((Excluded(1), Included(3))) {
        println!("{k} {v}");
    }
    let tail: Vec<_> = m.range((Excluded(2), Unbounded)).map(|(k, _)| *k).collect();
    println!("{:?}", tail);
}
// expect: 2 two
// expect: 3 three
// expect: [3, 5]
