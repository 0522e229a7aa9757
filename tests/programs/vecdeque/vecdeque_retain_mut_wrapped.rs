// `retain_mut` on a deque whose elements wrap around the end of its buffer: the closure changes each kept element, and the kept order is preserved.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    d.retain_mut(|x| {
        *x *= 10;
        *x != 0
    });
    println!("{:?} {}", d, d.capacity());
}
// expect: [-10, 10, 20] 4
