// A `&str` cannot be changed: make_ascii_uppercase through a shared reference is E0596.
fn main() {
    let text = String::from("quiet");
    let view: &str = &text;
    view.make_ascii_uppercase();
    println!("{}", view);
}
// error: E0596 at 5:5
