// Floats have no total order (NaN), so `sort` on a Vec of them is E0277 at the method name.
fn main() {
    let mut v = vec![2.5, 0.5, 1.0];
    v.sort();
    println!("{:?}", v);
}
// error: E0277 at 4:7
