// Two deques with the same elements front to back are equal, wherever their elements sit in their buffers.
use std::collections::VecDeque;

fn main() {
    let mut a = VecDeque::new();
    a.push_back(2);
    a.push_back(3);
    a.push_front(1);
    let mut b = VecDeque::with_capacity(8);
    for i in 1..=3 {
        b.push_back(i);
    }
    println!("{} {}", a == b, a != b);
    b.pop_back();
    println!("{}", a == b);
}
// expect: true false
// expect: false
