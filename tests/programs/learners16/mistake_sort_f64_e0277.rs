// v.sort() on a Vec<f64>: E0277 the trait bound `f64: Ord` is not satisfied.
fn main() {
    let mut v = vec![2.5, 1.0, 3.25];
    v.sort();
    println!("{:?}", v);
}
// error: E0277 at 4:7
