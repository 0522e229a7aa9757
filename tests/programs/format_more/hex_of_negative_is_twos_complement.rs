// Hex and binary of a negative integer show its two's-complement bits.
fn main() {
    let x: i8 = -1;
    let y: i32 = -2;
    println!("{:x} {:b}", x, x);
    println!("{:x}", y);
}
// expect: ff 11111111
// expect: fffffffe
