// Extending a deque whose front wrapped around the buffer's end: the buffer grows and std moves the shorter part so the ring stays in order.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<u8> = VecDeque::with_capacity(4);
    d.push_back(3);
    d.push_back(4);
    d.push_front(2);
    d.push_front(1);
    d.extend([5, 6, 7]);
    println!("{:?} {}", d, d.capacity());
    println!("{:?} {:?}", d.front(), d.back());
}
// expect: [1, 2, 3, 4, 5, 6, 7] 8
// expect: Some(1) Some(7)
