// write! into a String not declared mut needs a mutable borrow of it: E0596 at the String.
use std::fmt::Write;
fn main() {
    let s = String::new();
    write!(s, "{}", 1).unwrap();
    println!("{}", s);
}
// error: E0596 at 5:12
