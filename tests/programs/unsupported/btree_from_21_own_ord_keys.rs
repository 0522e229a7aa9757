// A BTreeSet collected from more than 20 keys of a type with its own Ord is "not supported yet": std's driftsort would call its `lt` in an order the engine does not follow.
use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Desc(u32);

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
    let s: BTreeSet<Desc> = (0..21).map(Desc).collect();
    println!("{:?}", s.first());
}
// expect: Some(Desc(20))
// unsupported: a B-tree built from more than 20 keys at 21:47
