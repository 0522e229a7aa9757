// b.total_cmp(a) on a Vec of unsuffixed float literals: E0599 no method on the ambiguous `&{float}` (partial_cmp is fine).
fn main() {
    let mut v = vec![2.5, 1.0, 3.25, -0.5];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
    v.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", v);
}
// error: E0599 at 6:24
