// VecDeque::from an array allocates exactly its length and copies the elements in; the next push doubles the buffer.
use std::collections::VecDeque;
fn main() {
    let mut d = VecDeque::from([String::from("a"), String::from("b"), String::from("c")]);
    println!("{}", d.capacity());
    d.push_back(String::from("d"));
    println!("{:?} {}", d, d.capacity());
}
// expect: 3
// expect: ["a", "b", "c", "d"] 6
