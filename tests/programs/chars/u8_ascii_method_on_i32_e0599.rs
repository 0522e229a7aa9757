// is_ascii_digit is u8's and char's, not i32's: calling it on an i32 is E0599.
fn main() {
    let code: i32 = 55;
    if code.is_ascii_digit() {
        println!("digit");
    }
}
// error: E0599 at 4:13
