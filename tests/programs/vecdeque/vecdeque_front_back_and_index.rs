// front, back, get and indexing read by position from the front, wherever the elements sit in the buffer.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::new();
    d.push_back(10);
    d.push_back(20);
    d.push_front(5);
    println!("{:?} {:?} {:?} {:?}", d.front(), d.back(), d.get(1), d.get(3));
    d[1] += 1;
    println!("{} {}", d[1], d.contains(&20));
}
// expect: Some(5) Some(20) Some(10) None
// expect: 11 true
