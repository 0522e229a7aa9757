// A BTreeSet range whose start is past its end panics inside std with the set's own message.
use std::collections::BTreeSet;

fn main() {
    let s = BTreeSet::from([1, 2, 3]);
    let hi = s.len() as i32;
    let _ = s.range(hi..=1).next();
}
// panic: range start is greater than range end in BTreeSet
// panic-at: library/alloc/src/collections/btree/search.rs:119:21
