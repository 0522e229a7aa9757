// A failing `assert!` panics with "assertion failed: " and the condition's source text.
fn main() {
    let x = 3;
    println!("x = {}", x);
    assert!(x > 5);
    println!("unreachable");
}
// expect: x = 3
// panic: assertion failed: x > 5
// panic-at: 5:5
