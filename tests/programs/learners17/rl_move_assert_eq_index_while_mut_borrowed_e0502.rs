// Rustlings-style: assert_eq! on `v[0]` while a `&mut v` is still used later is E0502 at `v[0]` (Index::index borrows v there).
fn main() {
    let mut v = vec![1, 2];
    let first = &mut v;
    assert_eq!(v[0], 1);
    first.push(3);
}
// error: E0502 at 5:16
