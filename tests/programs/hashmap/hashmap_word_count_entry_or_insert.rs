// Counting words with entry().or_insert(0): the &mut it returns is incremented in place; each count is read back by key.
use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world";
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        let count = counts.entry(word).or_insert(0);
        *count += 1;
    }
    println!("{} {} {}", counts["hello"], counts["world"], counts["wonderful"]);
    println!("{}", counts.len());
}
// expect: 1 2 1
// expect: 3
