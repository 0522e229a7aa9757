// Counting words with *map.entry(word).or_insert(0) += 1, printed sorted by word.
use std::collections::HashMap;

fn main() {
    let text = "hello world wonderful world hello hello";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut pairs: Vec<_> = map.into_iter().collect();
    pairs.sort();
    for (w, c) in &pairs {
        println!("{w}: {c}");
    }
}
// expect: hello: 3
// expect: wonderful: 1
// expect: world: 2
