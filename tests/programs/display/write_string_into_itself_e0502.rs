// write!(s, "{}", s): the argument borrows s while the call borrows it mutably, E0502 at the macro.
use std::fmt::Write;
fn main() {
    let mut s = String::from("ab");
    write!(s, "{}", s).unwrap();
    println!("{}", s);
}
// error: E0502 at 5:5
