// With `let x: i32 = if ..`, the `then` branch is coerced to `i32` first, so a `&str` there is the error, not the `else`.
fn main() {
    let n = 3;
    let x: i32 = if n > 2 { "big" } else { 1 };
    println!("{}", x);
}
// error: E0308 at 4:29
