// Each push appends to the heap's Vec and sifts the new element up past smaller parents, so `{:?}` prints the buffer's heap order, not a sorted one.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        heap.push(x);
        println!("{:?}", heap);
    }
    println!("{:?} {} {}", heap.peek(), heap.len(), heap.capacity());
}
// expect: [5]
// expect: [5, 1]
// expect: [8, 1, 5]
// expect: [8, 3, 5, 1]
// expect: [9, 8, 5, 1, 3]
// expect: [9, 8, 5, 1, 3, 2]
// expect: [9, 8, 7, 1, 3, 2, 5]
// expect: Some(9) 7 8
