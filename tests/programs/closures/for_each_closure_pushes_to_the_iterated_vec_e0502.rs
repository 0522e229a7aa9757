// A method call's receiver is evaluated before its arguments: the `v.iter()` it makes holds v while the closure argument borrows v mutably (E0502 at the closure).
fn main() {
    let mut v = vec![1, 2, 3];
    v.iter().for_each(|x| {
        v.push(*x);
    });
    println!("{:?}", v);
}
// error: E0502 at 4:23
