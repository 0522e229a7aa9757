// Matching a String directly against a string literal pattern: E0308 expected `String`, found `&str`.
fn main() {
    let input = String::from("quit");
    match input {
        "quit" => println!("bye"),
        _ => println!("?"),
    }
}
// error: E0308 at 5:9
