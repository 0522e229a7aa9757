// Given a new value in both branches of the outer `if` but in only one of an inner `if`, the reference may still hold its old borrow: E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let x = 5;
    let mut r = &v[0];
    if v.len() > 1 {
        if v.len() > 2 {
            r = &x;
        }
    } else {
        r = &x;
    }
    v.push(4);
    println!("{}", r);
}
// error: E0502 at 13:5
