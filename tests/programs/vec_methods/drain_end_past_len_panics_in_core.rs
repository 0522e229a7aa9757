// Vec::drain with an end past the length panics inside core's slice::range, before anything is moved.
fn main() {
    let mut v = vec![1, 2, 3];
    let end = v.len() + 2;
    let d: Vec<i32> = v.drain(1..end).collect();
    println!("{:?}", d);
}
// panic: range end index 5 out of range for slice of length 3
// panic-at: library/core/src/slice/index.rs:1020:51
