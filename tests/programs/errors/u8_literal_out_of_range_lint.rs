// 256 does not fit in a u8: the deny-by-default lint overflowing_literals rejects it, with no error code.
fn main() {
    let x: u8 = 256;
    println!("{}", x);
}
// error: lint overflowing_literals at 3:17
