// Used as a queue, the deque's head moves forward and the elements wrap around the end of its buffer without a new allocation.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::with_capacity(4);
    for i in 1..=3 {
        q.push_back(i);
    }
    for i in 4..=9 {
        let served = q.pop_front().unwrap();
        q.push_back(i);
        print!("{} ", served);
    }
    println!();
    println!("{:?} {}", q, q.capacity());
}
// expect: 1 2 3 4 5 6 
// expect: [7, 8, 9] 4
