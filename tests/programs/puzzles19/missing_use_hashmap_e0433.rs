// Naming HashMap::new() without `use std::collections::HashMap` is rejected (E0433).
fn main() {
    let mut counts = HashMap::new();
    counts.insert('a', 1);
    println!("{}", counts.len());
}
// error: E0433 at 3:22
