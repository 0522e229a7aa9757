// A generic average over T: Into<f64> called with i64s: std's blanket Into needs f64: From<i64>, which rustc reports ("the trait bound `f64: From<i64>` is not satisfied"), not i64: Into<f64>.
fn average<T: Into<f64> + Copy>(xs: &[T]) -> f64 {
    let mut sum = 0.0;
    for x in xs {
        sum += (*x).into();
    }
    sum / xs.len() as f64
}
fn main() {
    println!("{}", average(&[1u8, 2, 4]));
    println!("{}", average(&[1.5f32, 2.5]));
    println!("{}", average(&[1i32, 2, 3, 4]));
    println!("{}", average(&[1i64, 2]));
}
// error: E0277 at 13:28
