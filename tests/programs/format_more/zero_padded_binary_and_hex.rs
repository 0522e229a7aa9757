// `{:08b}` and `{:#06x}` zero-pad after the prefix to a fixed width.
fn main() {
    println!("{:08b}", 5u8);
    println!("{:#06x}", 255);
    println!("{:#010b}", 3);
}
// expect: 00000101
// expect: 0x00ff
// expect: 0b00000011
