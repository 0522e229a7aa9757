// swap with an index past the length fails std's assert on that index, inside std.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::from([1, 2, 3]);
    d.swap(0, 2);
    println!("{:?}", d);
    d.swap(1, 3);
}
// expect: [3, 2, 1]
// panic: assertion failed: j < self.len()
// panic-at: library/alloc/src/collections/vec_deque/mod.rs:972:9
