// `t += "a"` with t a `&mut String` (the deref forgotten): E0368, the reference has no AddAssign at all.
fn main() {
    let mut s = String::from("x");
    let t = &mut s;
    t += "a";
    println!("{}", s);
}
// error: E0368 at 5:5
