// Collecting (key, value) pairs into a HashMap reserves room for the iterator's size hint first (one allocation for 20 pairs), then inserts each pair.
use std::collections::HashMap;

fn main() {
    let squares: HashMap<u32, u32> = (0..20u32).map(|n| (n, n * n)).collect();
    println!("{} {:?} {:?}", squares.len(), squares.get(&7), squares.get(&20));
}
// expect: 20 Some(49) None
