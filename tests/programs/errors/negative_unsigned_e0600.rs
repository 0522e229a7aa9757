// Unsigned integers cannot be negated at all.
fn main() {
    let x: u8 = -1;
    println!("{}", x);
}
// error: E0600 at 3:17
