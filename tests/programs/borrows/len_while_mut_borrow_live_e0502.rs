// Calling `v.len()` while a `&mut` to `v` is still used later is error E0502.
fn main() {
    let mut v = vec![1, 2];
    let r = &mut v;
    let n = v.len();
    r.push(3);
    println!("{}", n);
}
// error: E0502 at 5:13
