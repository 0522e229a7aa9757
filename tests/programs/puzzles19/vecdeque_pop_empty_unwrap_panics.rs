// Popping from an emptied VecDeque queue and unwrapping panics (Option::unwrap on None).
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<(usize, usize)> = VecDeque::new();
    q.push_back((0, 0));
    let first = q.pop_front().unwrap();
    println!("{:?}", first);
    let second = q.pop_front().unwrap();
    println!("{:?}", second);
}
// expect: (0, 0)
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 9:32
