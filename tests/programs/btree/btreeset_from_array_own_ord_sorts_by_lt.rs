// BTreeSet::from an array of a type with its own Ord: std sorts the array with `lt` (the impl's partial_cmp) in insertion sort's order, drops a repeated key (derived `==`), then builds the tree.
use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Desc(i32);

impl PartialOrd for Desc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.0, other.0);
        Some(self.cmp(other))
    }
}

impl Ord for Desc {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn main() {
    let s = BTreeSet::from([Desc(1), Desc(3), Desc(2), Desc(3)]);
    println!("{:?}", s);
    println!("{}", s.contains(&Desc(2)));
}
// expect: partial_cmp 3 1
// expect: partial_cmp 2 1
// expect: partial_cmp 2 3
// expect: partial_cmp 3 1
// expect: partial_cmp 3 2
// expect: partial_cmp 3 3
// expect: {Desc(3), Desc(2), Desc(1)}
// expect: true
