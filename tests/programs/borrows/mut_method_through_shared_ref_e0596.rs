// Calling `push_str` through a shared `&String` is error E0596.
fn main() {
    let mut s = String::from("hello");
    let r = &s;
    r.push_str(" world");
    println!("{}", s);
}
// error: E0596 at 5:5
