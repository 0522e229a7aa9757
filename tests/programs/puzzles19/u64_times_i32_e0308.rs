// Multiplying a u64 by an i32 variable is a mismatched-types error (E0308) at the right operand.
fn main() {
    let big: u64 = 1_000_000;
    let factor: i32 = 3;
    let r = big * factor;
    println!("{r}");
}
// error: E0308 at 5:19
