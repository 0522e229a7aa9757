// Rustlings-style: two live `&mut` of one Vec (both pushed through) is E0499 at the second borrow.
fn main() {
    let mut x = Vec::new();
    let y = &mut x;
    let z = &mut x;
    y.push(42);
    z.push(13);
    assert_eq!(x, [42, 13]);
}
// error: E0499 at 5:13
