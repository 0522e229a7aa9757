// Word counts with HashMap entry().or_insert(0), printed sorted by count then word.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end cat";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        let count = counts.entry(word).or_insert(0);
        *count += 1;
    }
    let mut pairs: Vec<(&str, u32)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &pairs {
        println!("{w}: {c}");
    }
}
// expect: the: 3
// expect: cat: 2
// expect: end: 1
// expect: mat: 1
// expect: on: 1
// expect: sat: 1
