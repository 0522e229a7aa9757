// Subtracting 2 from a u32 literal 1 is rejected by the arithmetic_overflow lint.
fn main() {
    println!("1 - 2 = {}", 1u32 - 2);
}
// error: lint arithmetic_overflow at 3:28
