// `i32 + u8` is rejected: first E0308 on the right operand, then E0277 on the `+`.
fn main() {
    let a: i32 = 1;
    let b: u8 = 2;
    let c = a + b;
    println!("{}", c);
}
// error: E0308 at 5:17
// error: E0277 at 5:15
