// write! into a generic W: fmt::Write is outside the subset: rustc runs it, stack-heap says it is not supported yet.
use std::fmt::Write;
fn emit<W: Write>(w: &mut W, n: u32) {
    write!(w, "{}", n).unwrap();
}
fn main() {
    let mut s = String::new();
    emit(&mut s, 5);
    println!("{}", s);
}
// expect: 5
// unsupported: `write!` into a `&mut W`
