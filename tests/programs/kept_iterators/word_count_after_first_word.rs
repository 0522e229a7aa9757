// A word count over a kept `split_whitespace` whose first word was taken apart: the `for` loop moves the iterator and counts the rest.
use std::collections::HashMap;

fn main() {
    let text = String::from("title: one two three two one two");
    let mut words = text.split_whitespace();
    let title = words.next().unwrap();
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, i32)> = counts.into_iter().collect();
    pairs.sort();
    println!("{} {:?}", title, pairs);
}
// expect: title: [("one", 2), ("three", 1), ("two", 3)]
