// The reference from `v.first()` keeps `v` borrowed, so `v.clear()` before using it is error E0502.
fn main() {
    let mut v = vec![5, 6, 7];
    let first = v.first().unwrap();
    v.clear();
    println!("{}", first);
}
// error: E0502 at 5:5
