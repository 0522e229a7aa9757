// i32's minimum divided by -1 would be 2147483648, which overflows.
fn main() {
    let x: i32 = -2147483648;
    let d = -1;
    println!("{} {}", x, d);
    let q = x / d;
    println!("{}", q);
}
// expect: -2147483648 -1
// panic: attempt to divide with overflow
// panic-at: 6:13
