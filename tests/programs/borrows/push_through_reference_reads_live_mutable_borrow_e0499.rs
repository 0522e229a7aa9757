// Through `r: &mut Vec<i32>`, `r.push(*last)` reserves `&mut *r` while `last`, a `&mut` into it, is still read: E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    let last = r.last_mut().unwrap();
    *last += 1;
    r.push(*last);
    println!("{:?}", v);
}
// error: E0499 at 7:5
