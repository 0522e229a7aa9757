// Two arguments that each pop the same VecDeque are fine: a call's `&mut` ends with the call, and only the values are held.
use std::collections::VecDeque;
fn main() {
    let mut q: VecDeque<String> = VecDeque::new();
    q.push_back(String::from("a"));
    q.push_back(String::from("b"));
    println!("{:?} {:?} {}", q.pop_front(), q.pop_back(), q.len());
    let v = vec![1, 2];
    println!("{:?} {} {:?}", v, v.len(), &v);
}
// expect: Some("a") Some("b") 0
// expect: [1, 2] 2 [1, 2]
