// A `&mut` that is never used again does not conflict with a second one.
fn main() {
    let mut s = String::from("x");
    let a = &mut s;
    a.push('1');
    let b = &mut s;
    b.push('2');
    let c = &mut s;
    c.push('3');
    println!("{}", s);
}
// expect: x123
