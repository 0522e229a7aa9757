// `peek` exists only on a Peekable: calling it on a kept `Chars` is error E0599.
fn main() {
    let s = "abc";
    let mut chars = s.chars();
    if let Some(c) = chars.peek() {
        println!("{}", c);
    }
}
// error: E0599 at 5:28
// headline: differs: rustc names std's generic struct by its declaration (`Chars<'a>`)
