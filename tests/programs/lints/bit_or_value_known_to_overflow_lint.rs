// rustc's overflow lint knows `0b1100 | 0b0011` is 15, so multiplying it by 20 in a u8 is rejected.
fn main() {
    let a: u8 = 0b1100 | 0b0011;
    let b: u8 = a * 20;
    println!("{}", b);
}
// error: lint arithmetic_overflow at 4:17
