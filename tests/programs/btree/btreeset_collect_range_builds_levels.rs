// Collecting 100 numbers into a BTreeSet builds a tree of several nodes left to right; the allocator sees each node as std allocates it.
use std::collections::BTreeSet;

fn main() {
    let s: BTreeSet<u32> = (0..100).rev().filter(|x| x % 3 != 1).collect();
    println!("{} {:?} {:?}", s.len(), s.first(), s.last());
    println!("{}", s.contains(&42));
}
// expect: 67 Some(0) Some(99)
// expect: true
