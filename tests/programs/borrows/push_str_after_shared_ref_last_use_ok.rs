// A shared reference used before `push_str` no longer blocks it.
fn main() {
    let mut text = String::from("hello");
    let s = &text;
    println!("{}", s);
    text.push_str(" world");
    println!("{}", text);
}
// expect: hello
// expect: hello world
