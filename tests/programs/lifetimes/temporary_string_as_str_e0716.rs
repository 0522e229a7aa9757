// Borrowing a slice of a temporary String that is dropped at the end of the statement is E0716.
fn main() {
    let s = String::from("temporary").as_str();
    println!("{}", s);
}
// error: E0716 at 3:13
