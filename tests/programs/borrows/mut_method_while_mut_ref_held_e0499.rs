// Calling a `&mut self` method on a String while a `&mut` to it is still used is error E0499.
fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    s.push_str(" world");
    r.push('!');
    println!("{}", s);
}
// error: E0499 at 5:5
