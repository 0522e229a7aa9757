// A generic F: Fn(i32, i32) called inside apply with a &str and a float: two mismatched arguments, reported together at `f`.
fn apply<F: Fn(i32, i32) -> i32>(f: F) -> i32 {
    f("a", 2.0)
}
fn main() {
    println!("{}", apply(|a, b| a - b));
}
// error: E0308 at 3:5
