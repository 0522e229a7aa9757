// Collecting into a BTreeMap keyed by a type with the program's own Ord is "not supported yet": std sorts the pairs first, in an order of comparisons the engine does not follow.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Eq)]
struct Rank(u32);

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let m: BTreeMap<Rank, &str> = vec![(Rank(1), "one"), (Rank(3), "three")].into_iter().collect();
    println!("{:?}", m);
}
// expect: {Rank(3): "three", Rank(1): "one"}
// unsupported: a B-tree's key comparing `Rank`
