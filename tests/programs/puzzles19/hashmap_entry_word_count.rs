// Word frequencies with entry().or_insert(0); printed sorted by count descending then word (sort_by with then_with).
use std::collections::HashMap;

fn main() {
    let text = "the cat saw the dog and the dog saw a cat";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    for (w, n) in pairs {
        println!("{w}: {n}");
    }
}
// expect: the: 3
// expect: cat: 2
// expect: dog: 2
// expect: saw: 2
// expect: a: 1
// expect: and: 1
