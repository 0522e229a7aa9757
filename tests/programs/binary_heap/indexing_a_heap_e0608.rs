// A BinaryHeap cannot be indexed (only peek reads its root): error E0608.
use std::collections::BinaryHeap;

fn main() {
    let heap = BinaryHeap::from(vec![1, 2, 3]);
    println!("{}", heap[0]);
}
// error: E0608 at 6:24
