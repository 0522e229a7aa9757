// Counting words with entry().or_insert, then sorting the counts for a stable listing.
use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut list: Vec<(&str, u32)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &list {
        println!("{}: {}", w, c);
    }
}
// expect: the: 3
// expect: and: 2
// expect: bird: 1
// expect: cat: 1
// expect: dog: 1
