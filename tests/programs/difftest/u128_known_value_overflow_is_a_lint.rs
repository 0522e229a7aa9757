// Adding to a u128 local known to be near u128::MAX is rustc's arithmetic_overflow lint, a compile error (128-bit arithmetic was never followed, so it panicked at run time instead).
fn main() {
    let big: u128 = 340_282_366_920_938_463_463_374_607_431_768_211_453u128;
    let more: u128 = big + 93u128;
    println!("{}", more);
}
// error: lint arithmetic_overflow at 4:22
