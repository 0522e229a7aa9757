// extend with few elements into a large heap sifts each new one up (std's rebuild_tail), which keeps the old elements where they were.
use std::collections::BinaryHeap;

fn main() {
    let mut heap: BinaryHeap<i32> = (1..=12).collect();
    println!("{:?}", heap);
    heap.extend(vec![20, 0]);
    println!("{:?}", heap);
}
// expect: [12, 11, 7, 9, 10, 6, 1, 8, 4, 2, 5, 3]
// expect: [20, 11, 12, 9, 10, 7, 1, 8, 4, 2, 5, 3, 6, 0]
