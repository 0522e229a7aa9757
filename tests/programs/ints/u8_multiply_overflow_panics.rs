// 16 * 16 = 256 does not fit in a u8.
fn main() {
    let mut side: u8 = 15;
    println!("{}", side * side);
    side += 1;
    println!("{}", side);
    let area = side * side;
    println!("{}", area);
}
// expect: 225
// expect: 16
// panic: attempt to multiply with overflow
// panic-at: 7:16
