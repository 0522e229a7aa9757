// to_degrees and to_radians use std's constants: f32 multiplies by 180/π written as an f32, f64 computes 180.0 / PI.
fn main() {
    println!("{:?} {:?}", std::f64::consts::PI.to_degrees(), 180.0f64.to_radians());
    println!("{:?} {:?}", 1.0f64.to_degrees(), 45.0f64.to_radians());
    println!("{:?} {:?}", std::f32::consts::PI.to_degrees(), 90.0f32.to_radians());
}
// expect: 180.0 3.141592653589793
// expect: 57.29577951308232 0.7853981633974483
// expect: 180.0 1.5707964
