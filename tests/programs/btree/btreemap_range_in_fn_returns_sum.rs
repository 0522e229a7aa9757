// A function summing the values of a BTreeMap range it gets by reference.
use std::collections::BTreeMap;

fn total_between(m: &BTreeMap<u32, u32>, lo: u32, hi: u32) -> u32 {
    m.range(lo..=hi).map(|(_, v)| v).sum()
}

fn main() {
    let sales: BTreeMap<u32, u32> = (1..=12).map(|month| (month, month * 100)).collect();
    println!("{}", total_between(&sales, 3, 5));
    println!("{}", total_between(&sales, 11, 20));
}
// expect: 1200
// expect: 2300
