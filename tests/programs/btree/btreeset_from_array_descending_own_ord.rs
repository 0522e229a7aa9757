// A BTreeSet from an array of a type whose own Ord is descending: the array sorted by that order (its `lt`), so the set iterates from the largest.
use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Desc(i32);

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn main() {
    let s = BTreeSet::from([Desc(1), Desc(3), Desc(2)]);
    println!("{:?}", s);
}
// expect: {Desc(3), Desc(2), Desc(1)}
