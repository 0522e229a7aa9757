// A failing `assert_eq!` panics with "assertion `left == right` failed" and then the Debug of both sides.
fn main() {
    let a = 2 + 2;
    println!("a = {}", a);
    assert_eq!(a, 5);
}
// expect: a = 4
// panic: assertion `left == right` failed
// panic-at: 5:5
