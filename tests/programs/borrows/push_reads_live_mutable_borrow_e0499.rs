// `v.push(*last)` reserves `&mut v` before reading `*last`, and `last` is a `&mut` into v still in use there: E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.last_mut().unwrap();
    *last += 1;
    v.push(*last);
    println!("{:?}", v);
}
// error: E0499 at 6:5
