// Collecting pairs into a BTreeMap keyed by a type with its own Ord: the Vec of pairs is sorted by `a.0.cmp(&b.0)` (the impl's cmp, pair by pair), the earlier of two equal keys dropped, and the tree bulk-built.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Eq)]
struct Rank(u32);

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("cmp {} {}", self.0, other.0);
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let m: BTreeMap<Rank, String> = vec![(Rank(1), "one"), (Rank(3), "three"), (Rank(2), "two"), (Rank(1), "uno")]
        .into_iter()
        .map(|(r, s)| (r, s.to_string()))
        .collect();
    println!("{:?}", m);
    let empty: BTreeMap<Rank, u8> = Vec::new().into_iter().collect();
    println!("{}", empty.len());
}
// expect: cmp 3 1
// expect: cmp 2 1
// expect: cmp 2 3
// expect: cmp 1 1
// expect: {Rank(3): "three", Rank(2): "two", Rank(1): "uno"}
// expect: 0
