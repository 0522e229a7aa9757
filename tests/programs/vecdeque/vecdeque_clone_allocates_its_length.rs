// Cloning a VecDeque allocates room for exactly its length, not its capacity, and clones each String front to back.
use std::collections::VecDeque;

fn main() {
    let mut words: VecDeque<String> = VecDeque::with_capacity(10);
    words.push_back(String::from("b"));
    words.push_front(String::from("a"));
    let copy = words.clone();
    println!("{:?} {} {}", copy, copy.capacity(), words.capacity());
}
// expect: ["a", "b"] 2 10
