// std's BinaryHeap is outside the subset: the engine says so at the `use` that names it, not with a misleading error.
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    h.push(3);
    h.push(8);
    println!("{:?}", h.pop());
}
// expect: Some(8)
// unsupported: `std::collections::BinaryHeap` is not supported yet at 2:5
