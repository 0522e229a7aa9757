// `assert_ne!` passes when the values differ and panics with "assertion `left != right` failed" when equal.
fn main() {
    let a = 3;
    let b = 4;
    assert_ne!(a, b);
    println!("3 != 4");
    let c = b - 1;
    assert_ne!(a, c);
}
// expect: 3 != 4
// panic: assertion `left != right` failed
// panic-at: 8:5
