// collect into a VecDeque from a Vec's into_iter reuses the Vec's buffer: no allocation.
use std::collections::VecDeque;
fn main() {
    let v = vec![String::from("x"), String::from("y")];
    let mut d: VecDeque<String> = v.into_iter().collect();
    d.push_front(String::from("w"));
    println!("{:?}", d);
}
// expect: ["w", "x", "y"]
