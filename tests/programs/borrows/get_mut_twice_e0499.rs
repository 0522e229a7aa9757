// Two `get_mut` borrows of one Vec live at once are error E0499, even for different indices.
fn main() {
    let mut v = vec![10, 20, 30];
    let a = v.get_mut(0).unwrap();
    let b = v.get_mut(1).unwrap();
    *a += 1;
    *b += 1;
    println!("{:?}", v);
}
// error: E0499 at 5:13
