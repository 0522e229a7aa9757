// Returning a struct whose field borrows a local String is E0515 at the struct literal: the String is freed when the function returns.
struct Excerpt<'a> {
    part: &'a str,
}

fn make(text: &str) -> Excerpt {
    let s = String::from(text);
    Excerpt { part: &s[..2] }
}

fn main() {
    println!("{}", make("hello").part);
}
// error: E0515 at 8:5
