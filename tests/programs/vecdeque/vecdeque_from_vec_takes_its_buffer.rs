// VecDeque::from a Vec takes the Vec's buffer over (head at 0): nothing is allocated or copied, the capacity stays.
use std::collections::VecDeque;
fn main() {
    let mut v = Vec::with_capacity(6);
    v.push(1);
    v.push(2);
    let mut d = VecDeque::from(v);
    d.push_front(0);
    println!("{:?} {} {}", d, d.len(), d.capacity());
}
// expect: [0, 1, 2] 3 6
