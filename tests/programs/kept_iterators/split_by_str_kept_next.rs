// A `split` by a `&str` pattern kept in a variable (std's Split<'_, &str> around a StrSearcher) hands out its first piece.
fn main() {
    let line = "a, b, c";
    let mut parts = line.split(", ");
    println!("{:?}", parts.next());
}
// expect: Some("a")
