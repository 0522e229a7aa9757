// powi multiplies by squaring, as compiler-builtins' __powidf2 does, so large and negative exponents print exactly rustc's digits; f32 stays f32.
fn main() {
    let x = 1.1f64;
    println!("{:?} {:?} {:?} {:?}", x.powi(2), x.powi(7), x.powi(-3), x.powi(31));
    println!("{:?} {:?} {:?}", 0.1f64.powi(10), 3.0f64.powi(0), (-2.0f64).powi(5));
    let y = 1.1f32;
    println!("{:?} {:?} {:?}", y.powi(7), y.powi(-5), y.powi(20));
}
// expect: 1.2100000000000002 1.9487171000000012 0.7513148009015775 19.19434249577509
// expect: 1.0000000000000011e-10 1.0 -32.0
// expect: 1.9487174 0.62092125 6.7275033
