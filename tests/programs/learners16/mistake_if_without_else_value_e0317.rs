// An `if` without `else` used as a value of type i32: E0317.
fn main() {
    let n = 3;
    let x: i32 = if n > 2 { 10 };
    println!("{}", x);
}
// error: E0317 at 4:18
