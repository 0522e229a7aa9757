// A method's receiver is not extended: `String::from("a").as_str()` borrows a temporary freed at the end of the statement (E0716 at the temporary).
fn main() {
    let s = String::from("a").as_str();
    println!("{}", s);
}
// error: E0716 at 3:13
