// Printing a String while a `&mut` to it is still used later is error E0502.
fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    println!("{}", s);
    r.push('!');
}
// error: E0502 at 5:20
