// `BTreeSet::retain` sees the elements in order and keeps the set sorted; a set that shrinks to one leaf frees its internal level.
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<u32> = (1..=20).collect();
    let mut seen = Vec::new();
    s.retain(|x| {
        seen.push(*x);
        x % 3 == 0
    });
    println!("{:?}", s);
    println!("{}", seen.len());
}
// expect: {3, 6, 9, 12, 15, 18}
// expect: 20
