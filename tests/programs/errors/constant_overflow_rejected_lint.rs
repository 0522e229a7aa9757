// When both operands are known at compile time, an overflow is the error arithmetic_overflow instead of a panic.
fn main() {
    let x: u8 = 255;
    let y = x + 1;
}
// error: lint arithmetic_overflow at 4:13
