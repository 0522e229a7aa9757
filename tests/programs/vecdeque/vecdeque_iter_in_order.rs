// Iterating a VecDeque goes from front to back, across the wrap in its buffer.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::with_capacity(4);
    d.push_back('c');
    d.push_back('d');
    d.push_front('b');
    d.push_front('a');
    let mut s = String::new();
    for c in &d {
        s.push(*c);
    }
    for c in d.iter_mut() {
        *c = c.to_ascii_uppercase();
    }
    println!("{} {:?}", s, d);
}
// expect: abcd ['A', 'B', 'C', 'D']
