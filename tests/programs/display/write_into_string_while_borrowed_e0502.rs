// write! into a String while a shared reference to it is still used later: E0502 at the macro.
use std::fmt::Write;
fn main() {
    let mut s = String::new();
    let r = &s;
    write!(s, "{}", 1).unwrap();
    println!("{} {}", s, r);
}
// error: E0502 at 6:5
