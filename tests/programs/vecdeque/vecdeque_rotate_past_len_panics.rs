// rotate_left by more than the length fails std's own assert, reported inside std.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::from(vec![1, 2, 3]);
    d.rotate_left(1);
    println!("{:?}", d);
    d.rotate_left(4);
}
// expect: [2, 3, 1]
// panic: assertion failed: n <= self.len()
// panic-at: library/alloc/src/collections/vec_deque/mod.rs:2986:9
