// Reading `v[0]` of a Vec calls Index::index(&v, 0), a shared borrow: E0502 (not E0503) while a `&mut v` is still used.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v;
    let x = v[0];
    a.push(x);
}
// error: E0502 at 5:13
