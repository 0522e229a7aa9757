// A closure inferred on its first call (i32) then called with two floats: both arguments mismatch, so rustc reports them together, "arguments to this function are incorrect", at the closure's name, as it does for a function.
fn main() {
    let add = |a, b| a + b;
    println!("{}", add(1, 2));
    println!("{}", add(1.5, 2.0));
}
// error: E0308 at 5:20
