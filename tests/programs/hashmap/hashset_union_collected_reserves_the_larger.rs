// Collecting a union into a HashSet reserves the larger set's length first (the lower size hint), as hashbrown's extend does.
use std::collections::HashSet;

fn main() {
    let small: HashSet<u8> = HashSet::from([1, 2]);
    let large: HashSet<u8> = HashSet::from([2, 3, 4, 5, 6]);
    let all: HashSet<u8> = small.union(&large).copied().collect();
    let common = small.intersection(&large).count();
    println!("{} {} {}", all.len(), all.capacity(), common);
}
// expect: 6 14 1
