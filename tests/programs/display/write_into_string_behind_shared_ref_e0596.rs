// write! into a String reached through a shared reference: E0596 behind a `&`.
use std::fmt::Write;
fn f(s: &String) {
    write!(s, "x").unwrap();
}
fn main() {
    let s = String::new();
    f(&s);
}
// error: E0596 at 4:12
