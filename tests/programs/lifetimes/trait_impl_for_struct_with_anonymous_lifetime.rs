// A trait implemented for a struct holding a reference, with `'_` for its lifetime in the impl header.
trait Describe {
    fn describe(&self) -> String;
}

struct Excerpt<'a> {
    part: &'a str,
}

impl Describe for Excerpt<'_> {
    fn describe(&self) -> String {
        format!("excerpt: {}", self.part)
    }
}

fn main() {
    let text = String::from("Call me Ishmael. Some years ago...");
    let first = &text[0..15];
    let e = Excerpt { part: first };
    println!("{}", e.describe());
}
// expect: excerpt: Call me Ishmael
