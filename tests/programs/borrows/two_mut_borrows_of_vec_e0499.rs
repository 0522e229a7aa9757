// Two live `&mut` borrows of the same Vec are error E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v;
    let b = &mut v;
    a.push(4);
    b.push(5);
    println!("{:?}", v);
}
// error: E0499 at 5:13
