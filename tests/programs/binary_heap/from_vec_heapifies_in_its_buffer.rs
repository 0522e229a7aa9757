// BinaryHeap::from a Vec keeps the Vec's buffer and heapifies it in place (no allocation), and into_vec gives that buffer back in heap order.
use std::collections::BinaryHeap;

fn main() {
    let v = vec![1, 6, 2, 9, 4, 4, 10, 0, 3];
    let heap = BinaryHeap::from(v);
    println!("{:?}", heap);
    let back: Vec<i32> = heap.into_vec();
    println!("{:?} {}", back, back.capacity());
}
// expect: [10, 9, 4, 6, 4, 1, 2, 0, 3]
// expect: [10, 9, 4, 6, 4, 1, 2, 0, 3] 9
