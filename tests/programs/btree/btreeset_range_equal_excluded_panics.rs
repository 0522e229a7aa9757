// `(Excluded(x), Excluded(x))` is an empty range std refuses: the panic is raised inside std's search.rs, with its own message.
use std::collections::BTreeSet;
use std::ops::Bound::Excluded;

fn main() {
    let s: BTreeSet<i32> = (1..6).collect();
    println!("{}", s.range((Excluded(3), Excluded(4))).count());
    println!("{}", s.range((Excluded(2), Excluded(2))).count());
}
// expect: 0
// panic: range start and end are equal and excluded in BTreeSet
// panic-at: library/alloc/src/collections/btree/search.rs:110:21
