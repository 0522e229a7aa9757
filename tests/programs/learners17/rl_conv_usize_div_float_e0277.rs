// Rustlings-style: dividing an f64 by a usize length without a cast is E0277.
fn average(values: &[f64]) -> f64 {
    let total = values.iter().sum::<f64>();
    total / values.len()
}

fn main() {
    println!("{}", average(&[3.5, 0.3, 13.0, 11.7]));
}
// error: E0277 at 4:11
