// std does not implement PartialEq for BinaryHeap, so comparing two heaps is error E0369.
use std::collections::BinaryHeap;

fn main() {
    let a = BinaryHeap::from(vec![1, 2]);
    let b = BinaryHeap::from(vec![2, 1]);
    println!("{}", a == b);
}
// error: E0369 at 7:22
