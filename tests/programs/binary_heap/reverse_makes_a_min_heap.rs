// Wrapping elements in std::cmp::Reverse turns the max-heap into a min-heap: pop returns the smallest first.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [40, 10, 30, 20, 50] {
        heap.push(Reverse(x));
    }
    println!("{:?}", heap);
    let mut order = Vec::new();
    while let Some(Reverse(x)) = heap.pop() {
        order.push(x);
    }
    println!("{:?}", order);
}
// expect: [Reverse(10), Reverse(20), Reverse(30), Reverse(40), Reverse(50)]
// expect: [10, 20, 30, 40, 50]
