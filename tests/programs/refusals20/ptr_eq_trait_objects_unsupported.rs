// std::ptr::eq of two &dyn references compares their vtables too: not supported yet.
use std::fmt::Display;

fn main() {
    let n = 3;
    let a: &dyn Display = &n;
    let b: &dyn Display = &n;
    println!("{}", std::ptr::eq(a, b));
}
// expect: true
// unsupported: `std::ptr::eq` of trait objects at 8:20
