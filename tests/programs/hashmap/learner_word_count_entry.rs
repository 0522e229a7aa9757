// Word counts with HashMap::entry(..).or_insert and or_default, sorted for printing: a learner's collections-chapter program.
use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        let count = counts.entry(word).or_insert(0);
        *count += 1;
    }
    let mut pairs: Vec<_> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in &pairs {
        println!("{w}: {c}");
    }
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (i, word) in text.split(' ').enumerate() {
        first_seen.entry(word).or_insert(i);
        *first_seen.entry(word).or_default() += 0;
    }
    let mut keys: Vec<&&str> = first_seen.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} first at {}", k, first_seen[k]);
    }
    let total: usize = counts.values().sum();
    println!("total {}", total);
    let longest = counts.keys().filter(|w| w.len() == 3).count();
    println!("three-letter words {}", longest);
}
// expect: the: 3
// expect: cat: 1
// expect: end: 1
// expect: mat: 1
// expect: on: 1
// expect: sat: 1
// expect: cat first at 1
// expect: end first at 7
// expect: mat first at 5
// expect: on first at 3
// expect: sat first at 2
// expect: the first at 0
// expect: total 8
// expect: three-letter words 5
