// next_back on a kept split by a &str is E0599: std's next_back needs a DoubleEndedSearcher, which StrSearcher is not.
fn main() {
    let text = "one, two, three";
    let mut parts = text.split(", ");
    println!("{:?}", parts.next_back());
}
// error: E0599 at 5:28
