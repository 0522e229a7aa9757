// `{:x}`, `{:X}`, `{:o}` and `{:b}` print integers in other bases; `#` adds the prefix.
fn main() {
    let n = 255;
    println!("{:x} {:X} {:#x} {:#X}", n, n, n, n);
    println!("{:o} {:#o}", 8, 8);
    println!("{:b} {:#b}", 5, 5);
}
// expect: ff FF 0xff 0xFF
// expect: 10 0o10
// expect: 101 0b101
