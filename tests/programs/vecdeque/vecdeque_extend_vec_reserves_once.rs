// VecDeque::extend with a Vec reserves room for all of its elements at once, then frees the Vec's buffer.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.extend(vec![2, 3, 4, 5, 6]);
    println!("{:?} {}", d, d.capacity());
}
// expect: [1, 2, 3, 4, 5, 6] 8
