// range with an end past the length panics inside core, as slicing does.
use std::collections::VecDeque;

fn main() {
    let d = VecDeque::from(vec![1, 2, 3]);
    println!("{}", d.range(1..3).count());
    println!("{}", d.range(1..4).count());
}
// expect: 2
// panic: range end index 4 out of range for slice of length 3
// panic-at: library/core/src/slice/index.rs:1020:51
