// A literal out of its type's range is denied by the overflowing_literals lint.
fn main() {
    let x: u8 = 256;
    println!("{}", x);
}
// error: lint overflowing_literals at 3:17
