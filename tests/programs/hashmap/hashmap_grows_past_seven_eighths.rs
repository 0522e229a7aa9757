// A HashMap grows by moving every entry to a new, twice-as-big allocation: 3, 7, 14, then 28 entries fit.
use std::collections::HashMap;

fn main() {
    let mut squares: HashMap<u64, u64> = HashMap::new();
    let mut last = 0;
    for n in 1..=20 {
        squares.insert(n, n * n);
        if squares.capacity() != last {
            last = squares.capacity();
            println!("{} entries: room for {}", squares.len(), last);
        }
    }
}
// expect: 1 entries: room for 3
// expect: 4 entries: room for 7
// expect: 8 entries: room for 14
// expect: 15 entries: room for 28
