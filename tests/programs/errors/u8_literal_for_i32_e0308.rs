// A literal suffixed `u8` is a u8 and cannot initialise an i32: integers never convert implicitly.
fn main() {
    let a: i32 = 5u8;
    println!("{}", a);
}
// error: E0308 at 3:18
