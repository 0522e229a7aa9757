// A custom message on `assert_eq!` is appended after "failed: ".
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len();
    assert_eq!(n, 4, "expected {} elements", 4);
}
// panic: assertion `left == right` failed: expected 4 elements
// panic-at: 5:5
