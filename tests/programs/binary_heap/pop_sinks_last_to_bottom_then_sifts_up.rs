// pop takes the root, moves the last element to the root's place, sinks it to a leaf and sifts it back up, which decides the order left in the buffer.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from(vec![4, 10, 3, 7, 7, 1, 9, 2, 8, 5]);
    println!("{:?}", heap);
    while let Some(top) = heap.pop() {
        println!("{} {:?}", top, heap);
    }
    println!("{:?} {}", heap.pop(), heap.is_empty());
}
// expect: [10, 8, 9, 7, 7, 1, 3, 2, 4, 5]
// expect: 10 [9, 8, 5, 7, 7, 1, 3, 2, 4]
// expect: 9 [8, 7, 5, 7, 4, 1, 3, 2]
// expect: 8 [7, 7, 5, 2, 4, 1, 3]
// expect: 7 [7, 4, 5, 2, 3, 1]
// expect: 7 [5, 4, 1, 2, 3]
// expect: 5 [4, 3, 1, 2]
// expect: 4 [3, 2, 1]
// expect: 3 [2, 1]
// expect: 2 [1]
// expect: 1 []
// expect: None true
