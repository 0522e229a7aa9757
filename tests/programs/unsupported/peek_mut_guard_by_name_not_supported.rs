// Naming `binary_heap::PeekMut` to pop through the guard is "not supported yet" at the use.
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;
fn main() {
    let mut h = BinaryHeap::from(vec![1, 5, 2]);
    if let Some(top) = h.peek_mut() { PeekMut::pop(top); }
    println!("{:?}", h.len());
}
// expect: 2
// unsupported: `std::collections::binary_heap::PeekMut` at 2:5
