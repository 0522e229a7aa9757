// write! into a String through fmt::Write is outside the subset: rustc runs it, stack-heap says it is not supported yet.
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    println!("{}", s);
}
// expect: 1-2
// unsupported: `std::fmt::Write`
