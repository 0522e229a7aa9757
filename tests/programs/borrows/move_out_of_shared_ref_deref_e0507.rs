// `let s = *r;` would move a String out of a shared reference, which is error E0507.
fn main() {
    let text = String::from("hi");
    let r = &text;
    let s = *r;
    println!("{}", s);
}
// error: E0507 at 5:13
