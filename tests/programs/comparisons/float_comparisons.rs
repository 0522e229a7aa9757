// Floats compare with partial_cmp (None with a NaN) and total_cmp (IEEE's total order: -0.0 before 0.0, NaN last); max and min ignore a NaN and keep the receiver between equals.
fn main() {
    let nan = f64::NAN;
    println!("{:?} {:?}", 1.5f64.partial_cmp(&0.5), nan.partial_cmp(&0.0));
    println!("{:?} {:?}", (-0.0f64).partial_cmp(&0.0), (-0.0f64).total_cmp(&0.0));
    println!("{:?} {:?}", 2.5f32.total_cmp(&f32::NAN), (-nan).total_cmp(&f64::NEG_INFINITY));
    println!("{:?} {:?} {:?}", 0.0f64.max(-0.0), (-0.0f64).max(0.0), nan.max(1.0));
    println!("{:?} {:?} {:?}", 1.0f64.min(nan), (-0.0f64).min(0.0), 0.0f64.min(-0.0));
    println!("{:?} {:?} {:?}", 0.5f64.clamp(1.0, 2.0), 3.5f32.clamp(1.0, 2.0), nan.clamp(0.0, 1.0));
}

// expect: Some(Greater) None
// expect: Some(Equal) Less
// expect: Less Less
// expect: 0.0 -0.0 1.0
// expect: 1.0 -0.0 0.0
// expect: 1.0 2.0 NaN
