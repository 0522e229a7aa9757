// abs, signum (1.0 with the sign, NaN kept, -0.0 gives -1.0), recip and copysign.
fn main() {
    for x in [-3.5f64, 0.0, -0.0, 2.0, f64::INFINITY] {
        println!("{} {} {} {}", x.abs(), x.signum(), x.recip(), 4.0f64.copysign(x));
    }
    println!("{}", f64::NAN.signum().is_nan());
    println!("{} {}", (-1.5f32).abs(), 3.0f32.recip());
}
// expect: 3.5 -1 -0.2857142857142857 -4
// expect: 0 1 inf 4
// expect: 0 -1 -inf -4
// expect: 2 1 0.5 4
// expect: inf 1 0 4
// expect: true
// expect: 1.5 0.33333334
