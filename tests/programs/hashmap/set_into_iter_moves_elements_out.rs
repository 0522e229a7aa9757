// A set's into_iter moves each element out into a sum's closure, then frees the table.
use std::collections::HashSet;
fn main() {
    let s: HashSet<String> = ["x", "y", "z"].iter().map(|s| s.to_string()).collect();
    let total: usize = s.into_iter().map(|t| t.len() * 2).sum();
    println!("{}", total);
}
// expect: 6
