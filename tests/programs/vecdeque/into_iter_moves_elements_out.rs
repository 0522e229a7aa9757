// A VecDeque's into_iter moves its elements out front to back (or back to front through rev), then frees the buffer; collect trusts its length.
use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<String> = VecDeque::new();
    d.push_back("bb".into());
    d.push_front("a".into());
    d.push_back("ccc".into());
    let joined: Vec<String> = d.into_iter().rev().collect();
    println!("{:?} {}", joined, joined.capacity());
    let mut e: VecDeque<u8> = VecDeque::with_capacity(3);
    e.push_back(1);
    for x in e.into_iter() {
        println!("{}", x);
    }
}
// expect: ["ccc", "bb", "a"] 3
// expect: 1
