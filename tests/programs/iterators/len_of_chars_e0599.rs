// Chars is no ExactSizeIterator (a char's width varies): `s.chars().len()` is E0599.
fn main() {
    let s = "héllo";
    println!("{}", s.chars().len());
}
// error: E0599 at 4:30
// headline: differs: rustc names std's generic struct by its declaration (`Chars<'a>`)
