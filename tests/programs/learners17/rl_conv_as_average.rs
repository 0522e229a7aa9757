// Rustlings-style: `as` casts to compute a float average of a slice of f64 by its usize length.
fn average(values: &[f64]) -> f64 {
    let total = values.iter().sum::<f64>();
    total / values.len() as f64
}

fn main() {
    let values = [3.5, 0.3, 13.0, 11.7];
    println!("{}", average(&values));
    let n: i32 = 300;
    println!("{} {} {}", n as u8, -1i32 as u32, 3.99_f64 as i32);
    println!("{}", (65u8 as char));
}
// expect: 7.125
// expect: 44 4294967295 3
// expect: A
