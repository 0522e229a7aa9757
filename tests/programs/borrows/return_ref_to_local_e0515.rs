// Returning a reference to a String created inside the function is error E0515.
fn make(prefix: &str) -> &str {
    let s = String::from(prefix);
    &s
}

fn main() {
    println!("{}", make("hi"));
}
// error: E0515 at 4:5
