// A boxed Fn(i32, i32) called with a bool and a &str: two mismatched arguments, reported together at the callee.
fn main() {
    let f: Box<dyn Fn(i32, i32) -> i32> = Box::new(|a, b| a * b);
    println!("{}", f(true, "x"));
}
// error: E0308 at 4:20
