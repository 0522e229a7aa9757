// Word counts with owned String keys, sorted by count descending then word, top three printed.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the cat ran";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, c) in v.iter().take(3) {
        println!("{} {}", w, c);
    }
}
// expect: the 3
// expect: cat 2
// expect: mat 1
