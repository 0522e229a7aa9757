// Integers of every width print in full decimal, with a leading minus when negative.
fn main() {
    let a: i128 = -12345678901234567890123456789;
    let b: u64 = 18000000000000000000;
    let c: i8 = -5;
    println!("{} {} {}", a, b, c);
    println!("{:?}", vec![-1i64, 0, 1]);
}
// expect: -12345678901234567890123456789 18000000000000000000 -5
// expect: [-1, 0, 1]
