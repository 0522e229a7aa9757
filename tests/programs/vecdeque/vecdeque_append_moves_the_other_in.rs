// append reserves room for the other deque's elements, copies them after the last, and leaves the other empty.
use std::collections::VecDeque;

fn main() {
    let mut a = VecDeque::from(vec![1, 2, 3]);
    let mut b = VecDeque::from(vec![4, 5]);
    b.push_front(0);
    a.append(&mut b);
    println!("{:?} {} {:?} {}", a, a.capacity(), b, b.capacity());
}
// expect: [1, 2, 3, 0, 4, 5] 6 [] 4
