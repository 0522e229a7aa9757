// Counting distinct letters with a HashSet<char>: the fourth letter makes the 4-bucket table grow to 8 buckets.
use std::collections::HashSet;

fn main() {
    let mut letters = HashSet::new();
    for c in "mississippi".chars() {
        letters.insert(c);
    }
    println!("{} {}", letters.len(), letters.capacity());
}
// expect: 4 7
