// A `&mut` does not own its target either: `let s = *r;` on a `&mut String` is error E0507.
fn main() {
    let mut text = String::from("hi");
    let r = &mut text;
    let s = *r;
    println!("{}", s);
}
// error: E0507 at 5:13
