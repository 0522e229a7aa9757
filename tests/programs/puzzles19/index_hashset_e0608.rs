// Indexing a HashSet with [0] is rejected (E0608): sets have no order to index.
use std::collections::HashSet;

fn main() {
    let s: HashSet<i32> = [3, 1, 2].into_iter().collect();
    println!("{}", s[0]);
}
// error: E0608 at 6:21
