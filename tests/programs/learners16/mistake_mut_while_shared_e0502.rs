// A &mut borrow while two shared borrows are still used afterwards: E0502.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    let r3 = &mut s;
    r3.push('x');
    println!("{}, {}", r1, r2);
}
// error: E0502 at 6:14
