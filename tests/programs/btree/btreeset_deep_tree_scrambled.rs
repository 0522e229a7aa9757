// Three thousand values in a scrambled order build a tree four levels high (internal nodes split in turn); removing two thirds of them in another order merges and steals nodes at every level, every allocation as std's.
use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    for i in 0..3000u32 {
        s.insert((i * 1237) % 3001);
    }
    for i in 0..2000u32 {
        s.remove(&((i * 977) % 3001));
    }
    let mut total = 0u64;
    for v in &s {
        total += *v as u64;
    }
    println!("{} {} {:?} {:?}", s.len(), total, s.first(), s.last());
}
// expect: 1001 1498290 Some(3) Some(3000)
