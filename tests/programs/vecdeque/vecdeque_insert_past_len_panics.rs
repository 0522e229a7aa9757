// insert at an index past the length panics inside std with "index out of bounds".
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::from(vec![1, 2]);
    d.insert(2, 3);
    println!("{:?}", d);
    d.insert(5, 4);
}
// expect: [1, 2, 3]
// panic: index out of bounds
// panic-at: library/alloc/src/collections/vec_deque/mod.rs:2431:9
