// Sorting f64 needs sort_by with partial_cmp; the plain sort is E0277.
fn main() {
    let mut temps = vec![21.5, 19.0, 23.25, 18.75];
    temps.sort();
    println!("{:?}", temps);
}
// error: E0277 at 4:11
