// A BTreeMap's entry().or_insert_with makes the Vec only for a new key; the groups come out in key order.
use std::collections::BTreeMap;

fn main() {
    let mut groups: BTreeMap<bool, Vec<u32>> = BTreeMap::new();
    for n in 1..=6 {
        groups.entry(n % 2 == 0).or_insert_with(|| Vec::with_capacity(3)).push(n);
    }
    println!("{:?}", groups);
}
// expect: {false: [1, 3, 5], true: [2, 4, 6]}
