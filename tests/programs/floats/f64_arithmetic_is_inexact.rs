// f64 arithmetic is binary floating point: 0.1 + 0.2 is not exactly 0.3.
fn main() {
    let a = 0.1;
    let b = 0.2;
    let sum = a + b;
    println!("{}", sum);
    println!("{}", sum == 0.3);
    println!("{}", 1.5 * 4.0);
}
// expect: 0.30000000000000004
// expect: false
// expect: 6
