// powi takes an i32: a float exponent is error E0308 at the argument.
fn main() {
    let x: f64 = 2.0;
    println!("{}", x.powi(2.0));
}
// error: E0308 at 4:27
