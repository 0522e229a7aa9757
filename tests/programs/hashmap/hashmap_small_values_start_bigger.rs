// For one-byte entries std starts at 16 buckets (14 fit) and for two-byte entries at 8 (7 fit), so the buckets fill the alignment.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut bytes: HashSet<u8> = HashSet::new();
    bytes.insert(1);
    let mut pairs: HashMap<u8, u8> = HashMap::new();
    pairs.insert(1, 2);
    let mut words: HashSet<u32> = HashSet::new();
    words.insert(1);
    println!("{} {} {}", bytes.capacity(), pairs.capacity(), words.capacity());
}
// expect: 14 7 3
