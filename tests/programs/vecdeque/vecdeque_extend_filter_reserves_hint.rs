// VecDeque::extend with a filter (no trusted length): room for one more at the first item and whenever the deque is full, as std's SpecExtend does.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::with_capacity(2);
    d.push_back(0);
    d.extend((1..12).filter(|x| x % 2 == 1));
    println!("{:?} {}", d, d.capacity());
}
// expect: [0, 1, 3, 5, 7, 9, 11] 8
