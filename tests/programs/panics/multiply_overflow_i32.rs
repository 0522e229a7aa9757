// 65536 * 65536 needs 33 bits, so an i32 multiplication panics.
fn main() {
    let a = 65536;
    println!("{}", a);
    let b = a * a;
    println!("{}", b);
}
// expect: 65536
// panic: attempt to multiply with overflow
// panic-at: 5:13
