// drain moves a range out; when the Drain is dropped the shorter side closes the gap (the front part moving the head), and an unused item is dropped.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<String> = ["a", "b", "c", "d", "e", "f"].iter().map(|s| s.to_string()).collect();
    let middle: Vec<String> = d.drain(1..3).collect();
    println!("{:?} {:?} {:?}", middle, d, d.as_slices());
    println!("{:?}", d.drain(2..).next());
    println!("{:?} {:?} {}", d, d.as_slices(), d.capacity());
    let all: Vec<String> = d.drain(..).collect();
    println!("{:?} {}", all, d.is_empty());
}
// expect: ["b", "c"] ["a", "d", "e", "f"] (["a", "d", "e", "f"], [])
// expect: Some("e")
// expect: ["a", "d"] (["a", "d"], []) 6
// expect: ["a", "d"] true
