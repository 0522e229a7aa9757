// Vec::drain(3..=1) panics inside core saying where the slice starts and (exclusive) ends.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let start = v.len() - 1;
    for x in v.drain(start..=1) {
        println!("{}", x);
    }
}
// panic: slice index starts at 3 but ends at 2
// panic-at: library/core/src/slice/index.rs:1031:55
