// `{:+}` always prints the sign, also for positive numbers and zero.
fn main() {
    println!("{:+} {:+} {:+}", 5, -5, 0);
    println!("{:+.1}", 2.5);
}
// expect: +5 -5 +0
// expect: +2.5
