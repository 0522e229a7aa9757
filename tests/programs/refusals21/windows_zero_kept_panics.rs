// windows(0) kept in a variable panics where it is made, as std's Windows::new asserts a size above zero.
fn main() {
    let v = vec![1, 2, 3];
    let size = v.len() - 3;
    println!("making windows of {}", size);
    let mut w = v.windows(size);
    println!("{:?}", w.next());
}
// expect: making windows of 0
// panic: window size must be non-zero
// panic-at: 6:19
