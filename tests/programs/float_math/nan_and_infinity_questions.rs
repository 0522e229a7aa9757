// is_nan, is_finite, is_infinite, is_sign_negative, is_sign_positive and is_normal on NaN, infinities, zeros and a subnormal.
fn main() {
    let values = [f64::NAN, f64::INFINITY, -f64::INFINITY, 0.0, -0.0, 1e-310, 1.5];
    for v in values {
        println!("{} {} {} {} {} {} {}", v, v.is_nan(), v.is_finite(), v.is_infinite(), v.is_sign_negative(), v.is_sign_positive(), v.is_normal());
    }
}
// expect: NaN true false false false true false
// expect: inf false false true false true false
// expect: -inf false false true true false false
// expect: 0 false true false false true false
// expect: -0 false true false true false false
// expect: 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001 false true false false true false
// expect: 1.5 false true false false true true
