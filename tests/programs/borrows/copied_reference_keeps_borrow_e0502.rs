// Copying a reference into another variable keeps the borrow alive through the copy, so the push is error E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v;
    let r2 = r;
    v.push(4);
    println!("{:?}", r2);
}
// error: E0502 at 6:5
