// A kept `v.iter().enumerate()` still borrows the Vec, so a push before its next use is error E0502.
fn main() {
    let mut v = vec![1, 2];
    let mut it = v.iter().enumerate();
    v.push(3);
    println!("{:?}", it.next());
}
// error: E0502 at 5:5
