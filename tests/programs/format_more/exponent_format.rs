// `{:e}` prints a float in scientific notation.
fn main() {
    println!("{:e}", 1234.5);
    println!("{:e}", 0.00012);
    println!("{:E}", 1500000000.0);
}
// expect: 1.2345e3
// expect: 1.2e-4
// expect: 1.5E9
