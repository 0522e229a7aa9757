// Keeping a reference into a temporary String past its statement is E0716.
fn main() {
    let r: &str = String::from("temporary").as_str();
    println!("{}", r);
}
// error: E0716 at 3:19
