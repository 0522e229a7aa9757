// Reading a String after the `&mut` to it was last used is accepted.
fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    r.push('!');
    println!("{}", s);
}
// expect: hello!
