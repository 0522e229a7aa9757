// `f64::sin` comes from the platform's C math library, whose last digits the browser's library does not reproduce: named as not supported, never E0599.
fn main() {
    let angle = std::f64::consts::PI / 6.0;
    println!("{:.12}", angle.sin());
}
// expect: 0.500000000000
// unsupported: the method `sin` of `f64`
