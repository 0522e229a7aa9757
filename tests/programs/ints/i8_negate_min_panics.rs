// -128 is an i8 but 128 is not, so negating i8's minimum panics.
fn main() {
    let x: i8 = -128;
    println!("{}", x);
    let y = -x;
    println!("{}", y);
}
// expect: -128
// panic: attempt to negate with overflow
// panic-at: 5:13
