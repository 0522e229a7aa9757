// Casting a &str to an integer with `as`: E0606 casting `&str` as `i32` is invalid.
fn main() {
    let s = "42";
    let n = s as i32;
    println!("{}", n);
}
// error: E0606 at 4:13
