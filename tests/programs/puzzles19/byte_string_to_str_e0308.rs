// A byte string is not a &str: binding b"hi" to a &str is a type mismatch (E0308).
fn main() {
    let greeting: &str = b"hi";
    println!("{greeting}");
}
// error: E0308 at 3:26
