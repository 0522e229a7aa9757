// to_digit is a char method: calling it on a byte from bytes() is rejected (E0599).
fn main() {
    let total: u32 = "123".bytes().map(|b| b.to_digit(10).unwrap()).sum();
    println!("{total}");
}
// error: E0599 at 3:46
