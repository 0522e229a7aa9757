// A const's value is known where it is used, so `MAX + 1` on a u8 is the arithmetic_overflow lint.
const MAX: u8 = 255;

fn main() {
    let next = MAX + 1;
    println!("{}", next);
}
// error: lint arithmetic_overflow at 5:16
