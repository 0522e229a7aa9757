// Integer division drops the fractional part, rounding toward zero.
fn main() {
    let a = 7;
    let b = -7;
    println!("{} {}", a / 2, b / 2);
    println!("{} {}", a / -2, b / -2);
    println!("{}", 2 / 3);
}
// expect: 3 -3
// expect: -3 3
// expect: 0
