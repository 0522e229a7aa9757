// A BTreeSet of a type whose own Ord is descending: thirty inserts split leaves, every comparison a call of its cmp (counted in a Cell), and iteration follows that order.
use std::cell::Cell;
use std::cmp::Ordering;
use std::collections::BTreeSet;

#[derive(Debug, PartialEq, Eq)]
struct Desc<'a> {
    v: u32,
    calls: &'a Cell<u32>,
}

impl Ord for Desc<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.calls.set(self.calls.get() + 1);
        other.v.cmp(&self.v)
    }
}

impl PartialOrd for Desc<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let calls = Cell::new(0);
    let mut set = BTreeSet::new();
    for i in 0..30u32 {
        set.insert(Desc { v: i * 7 % 31, calls: &calls });
    }
    println!("{} comparisons", calls.get());
    let firsts: Vec<u32> = set.iter().take(5).map(|d| d.v).collect();
    println!("{:?}", firsts);
    println!("{:?} {:?}", set.first().map(|d| d.v), set.last().map(|d| d.v));
    println!("{}", set.insert(Desc { v: 14, calls: &calls }));
    let three = Desc { v: 3, calls: &calls };
    println!("{}", set.remove(&three));
    println!("{} {}", set.len(), calls.get());
}
// expect: 136 comparisons
// expect: [30, 29, 28, 27, 26]
// expect: Some(30) Some(0)
// expect: false
// expect: true
// expect: 29 145
