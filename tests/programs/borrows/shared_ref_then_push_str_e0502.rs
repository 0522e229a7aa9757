// `text.push_str` while a shared reference to `text` is still used is error E0502.
fn main() {
    let mut text = String::from("hello");
    let s = &text;
    text.push_str(" world");
    println!("{}", s);
}
// error: E0502 at 5:5
