// `String::from("a").as_str()` points into a String freed at the end of the `let`: using it later is E0716.
fn main() {
    let s = String::from("hello").as_str();
    println!("{}", s);
}
// error: E0716 at 3:13
