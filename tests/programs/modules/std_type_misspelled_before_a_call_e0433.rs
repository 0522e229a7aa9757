// A misspelled std type before an associated function (`std::collections::Hashmap::new()`): E0433 at the type's segment.
fn main() {
    let mut m = std::collections::Hashmap::new();
    m.insert(1, "one");
    println!("{}", m.len());
}
// error: E0433 at 3:35
