// extend with more elements than the heap holds rebuilds the whole heap (std's rebuild_tail), which reorders the old elements too.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from(vec![5, 3]);
    heap.extend([9, 1, 8, 2, 7]);
    println!("{:?} {}", heap, heap.capacity());
    let more = [6, 4];
    heap.extend(more.iter());
    println!("{:?} {}", heap, heap.capacity());
}
// expect: [9, 8, 7, 1, 3, 2, 5] 7
// expect: [9, 8, 7, 6, 3, 2, 5, 1, 4] 14
