// into_sorted_vec heapsorts in the heap's own buffer and returns it as an ascending Vec; the clone before it allocates a copy of the buffer.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from([2, 7, 1, 8, 2, 8, 1, 8]);
    heap.push(3);
    let copy = heap.clone();
    let sorted = heap.into_sorted_vec();
    println!("{:?} {}", sorted, sorted.capacity());
    println!("{:?}", copy.into_sorted_vec());
}
// expect: [1, 1, 2, 2, 3, 7, 8, 8, 8] 16
// expect: [1, 1, 2, 2, 3, 7, 8, 8, 8]
