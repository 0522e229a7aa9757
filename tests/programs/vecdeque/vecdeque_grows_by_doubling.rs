// A full VecDeque grows its buffer by doubling (4, 8, 16) and moves the wrapped part so the elements stay in order.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u64> = VecDeque::new();
    for i in 0..4 {
        q.push_front(i);
    }
    q.push_back(100);
    println!("{:?} {}", q, q.capacity());
    for i in 5..10 {
        q.push_back(i);
    }
    println!("{} {}", q.len(), q.capacity());
}
// expect: [3, 2, 1, 0, 100] 8
// expect: 10 16
