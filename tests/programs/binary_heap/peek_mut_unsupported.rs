// peek_mut's guard, which sifts the root down when it is dropped, is outside the subset.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from(vec![1, 5, 2]);
    if let Some(mut top) = heap.peek_mut() {
        *top = 0;
    }
    println!("{:?}", heap);
}
// expect: [2, 1, 0]
// unsupported: the method `peek_mut` of `BinaryHeap
