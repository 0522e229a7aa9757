// VecDeque::extend with chars reserves the lower hint plus one at the first char even when there is room, unlike Vec::extend.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<char> = VecDeque::with_capacity(6);
    d.push_back('>');
    d.extend("hello world".chars());
    let s: String = d.iter().collect();
    println!("{s} {}", d.capacity());
}
// expect: >hello world 12
