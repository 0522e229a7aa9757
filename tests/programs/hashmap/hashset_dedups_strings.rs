// A HashSet<String> keeps one copy of each word; a duplicate String is freed by insert (same-length words, so the log does not depend on the order).
use std::collections::HashSet;

fn main() {
    let mut words = HashSet::new();
    for w in "one two six two one ten".split_whitespace() {
        words.insert(w.to_string());
    }
    println!("{} {} {}", words.len(), words.contains("six"), words.contains("yes"));
}
// expect: 4 true false
