// Indexing past the back of a VecDeque panics with std's "Out of bounds access", reported at the `[`.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(7);
    println!("{}", d[0]);
    println!("{}", d[3]);
}
// expect: 7
// panic: Out of bounds access
// panic-at: 8:21
