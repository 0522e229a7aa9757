// f64 is not Ord, so BinaryHeap<f64> has no push: error E0599 at the method.
use std::collections::BinaryHeap;

fn main() {
    let mut heap: BinaryHeap<f64> = BinaryHeap::new();
    heap.push(1.5);
    println!("{}", heap.len());
}
// error: E0599 at 6:10
