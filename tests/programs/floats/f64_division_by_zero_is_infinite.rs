// Dividing an f64 by zero does not panic: it gives infinity or NaN.
fn main() {
    let zero = 0.0;
    let one = 1.0;
    println!("{}", one / zero);
    println!("{}", -one / zero);
    println!("{}", zero / zero);
    println!("{:?}", one / zero);
}
// expect: inf
// expect: -inf
// expect: NaN
// expect: inf
