// A closure that write!s into a String captures it by mutable reference; each call pushes more.
use std::fmt::Write;
fn main() {
    let mut s = String::new();
    let mut add = |n: i32| write!(s, "<{}>", n).unwrap();
    add(1);
    add(22);
    println!("{}", s);
}
// expect: <1><22>
