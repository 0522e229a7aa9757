// Sorting f64 with partial_cmp and total_cmp, then the min and max by fold.
fn main() {
    let mut temps = vec![21.5, 19.0, 23.25, 18.75];
    temps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", temps);
    temps.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", temps);
    let max = temps.iter().cloned().fold(f64::MIN, f64::max);
    let min = temps.iter().copied().fold(f64::INFINITY, |a, b| a.min(b));
    println!("{max} {min}");
}
// error: E0599 at 6:28
