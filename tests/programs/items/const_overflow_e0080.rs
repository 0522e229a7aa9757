// rustc evaluates constants while compiling: an overflow in one is an error, not a panic.
const MAX_LEVEL: u8 = 250;
const NEXT_LEVEL: u8 = MAX_LEVEL + 10;

fn main() {
    println!("{}", NEXT_LEVEL);
}
// error: E0080 at 3:24
