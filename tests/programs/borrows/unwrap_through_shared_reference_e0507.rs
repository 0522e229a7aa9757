// `unwrap` takes its Option by value: called through a `&Option<String>` it would move the String out of borrowed memory (E0507).
fn main() {
    let maybe = Some(String::from("value"));
    let r = &maybe;
    let s = r.unwrap();
    println!("{}", s);
}
// error: E0507 at 5:13
