// `v.last_mut()` holds a `&mut` into the Vec, so pushing while it is still used is error E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.last_mut().unwrap();
    v.push(4);
    *last += 10;
    println!("{:?}", v);
}
// error: E0499 at 5:5
