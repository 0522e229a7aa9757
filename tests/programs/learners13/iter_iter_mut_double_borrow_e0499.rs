// Holding an iter_mut of a Vec while also taking a second iter_mut: E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = v.iter_mut();
    let b = v.iter_mut();
    for x in a {
        *x += 1;
    }
    for y in b {
        *y += 1;
    }
}
// error: E0499 at 5:13
