// Returning `&str` from two `&str` parameters needs a named lifetime, error E0106.
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", longest("abcd", "xyz"));
}
// error: E0106 at 2:33
