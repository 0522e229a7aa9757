// Exercism-style: word count lowercasing, splitting on non-word chars but keeping apostrophes inside words.
use std::collections::HashMap;

fn word_count(words: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in words
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = word_count("Joe can't tell between 'large' and large. Go, go, GO!");
    let mut pairs: Vec<(&String, &u32)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, n) in pairs {
        println!("{}: {}", w, n);
    }
}
// heap: skip the map of String keys frees them in the bucket order of std's random seed
// expect: go: 3
// expect: large: 2
// expect: and: 1
// expect: between: 1
// expect: can't: 1
// expect: joe: 1
// expect: tell: 1
