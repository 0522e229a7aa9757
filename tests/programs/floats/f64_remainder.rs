// `%` works on f64 too, with the sign of the left operand.
fn main() {
    let a = 7.5;
    let b = 2.0;
    println!("{} {}", a % b, -a % b);
    println!("{}", a / b);
}
// expect: 1.5 -1.5
// expect: 3.75
