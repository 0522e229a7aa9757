// pop_front and pop_back take from either end and return None when it is empty.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::new();
    q.push_back("a");
    q.push_back("b");
    q.push_back("c");
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?} {:?} {:?}", q.pop_front(), q.pop_front(), q.pop_back());
}
// expect: Some("a") Some("c")
// expect: Some("b") None None
