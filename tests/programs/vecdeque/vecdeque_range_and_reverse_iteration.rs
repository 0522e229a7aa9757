// range gives references to a logical range of a wrapped deque, and iter().rev() walks it back to front.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    d.push_back(2);
    d.push_back(3);
    d.push_front(1);
    d.push_front(0);
    let mid: Vec<&i32> = d.range(1..3).collect();
    println!("{:?}", mid);
    let back: Vec<i32> = d.iter().rev().copied().collect();
    println!("{:?} {}", back, d.range(..=1).count());
    println!("{}", d.contains(&3));
}
// expect: [1, 2]
// expect: [3, 2, 1, 0] 2
// expect: true
