// An i32 plus an f64 has no meaning in Rust: `cannot add `f64` to `i32``.
fn main() {
    let a: i32 = 2;
    let b: f64 = 0.5;
    let c = a + b;
    println!("{}", c);
}
// error: E0277 at 5:15
