// A VecDeque takes pushes at both ends; the first push allocates room for 4 elements, as a Vec's does.
use std::collections::VecDeque;

fn main() {
    let mut line: VecDeque<i32> = VecDeque::new();
    line.push_back(2);
    line.push_back(3);
    line.push_front(1);
    println!("{:?} {} {}", line, line.len(), line.capacity());
}
// expect: [1, 2, 3] 3 4
