// Two live `&mut` borrows of the same variable are error E0499.
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    println!("{}, {}", r1, r2);
}
// error: E0499 at 5:14
