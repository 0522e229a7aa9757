// The square root of a negative number is NaN, not a panic; `{}` prints it as NaN.
fn main() {
    let x: f64 = -4.0;
    let r = x.sqrt();
    println!("{} {} {}", r, r.is_nan(), r == r);
}
// expect: NaN true false
