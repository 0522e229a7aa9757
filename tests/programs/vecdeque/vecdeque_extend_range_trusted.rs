// VecDeque::extend with a range (a length std trusts) reserves it all at once: one growth from 4 to 13, not a doubling.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::from([0, 0, 0]);
    d.extend(1..=10);
    println!("{} {}", d.len(), d.capacity());
}
// expect: 13 13
