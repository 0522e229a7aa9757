// Even `%` can overflow: i32's minimum % -1 panics, though the answer would be 0.
fn main() {
    let x: i32 = -2147483648;
    let d: i32 = -1;
    println!("{} {}", x, d);
    let r = x % d;
    println!("{}", r);
}
// expect: -2147483648 -1
// panic: attempt to calculate the remainder with overflow
// panic-at: 6:13
