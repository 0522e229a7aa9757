// rotate_left by more than the length fails core's assert, reported inside core.
fn main() {
    let mut v = vec![1u8, 2, 3];
    let by = v.len() * 2;
    v.rotate_left(by);
    println!("{:?}", v);
}
// panic: assertion failed: mid <= self.len()
// panic-at: library/core/src/slice/mod.rs:3885:9
