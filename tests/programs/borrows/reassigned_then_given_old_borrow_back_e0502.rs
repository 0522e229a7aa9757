// A reference given back a copy of its old borrow holds it again: the push before its use is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let x = 5;
    let mut r = &v[0];
    let saved = r;
    r = &x;
    println!("{}", r);
    r = saved;
    v.push(4);
    println!("{}", r);
}
// error: E0502 at 10:5
