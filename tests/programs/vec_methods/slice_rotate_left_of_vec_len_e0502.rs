// `v.rotate_left(v.len() / 2)` borrows the Vec mutably (through DerefMut) before its argument reads it: E0502, as rustc.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.rotate_left(v.len() / 2);
    println!("{:?}", v);
}
// error: E0502 at 4:19
