// append moves the shorter heap's elements onto the longer heap's buffer (swapping the two first if needed), leaving the other empty.
use std::collections::BinaryHeap;

fn main() {
    let mut small = BinaryHeap::from(vec![1, 5]);
    let mut big = BinaryHeap::from(vec![9, 3, 7, 2, 6]);
    small.append(&mut big);
    println!("{:?} {:?} {}", small, big, big.capacity());
}
// expect: [9, 6, 7, 2, 3, 5, 1] [] 2
