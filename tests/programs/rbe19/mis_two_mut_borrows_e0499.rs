// Two mutable borrows of one String alive at once is E0499.
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    r1.push('!');
    r2.push('?');
    println!("{}", s);
}
// error: E0499 at 5:14
