// BTreeSet::into_iter called as a method: its keys move out in order into a Vec, which is then sorted the other way.
use std::collections::BTreeSet;

fn main() {
    let mut words = BTreeSet::new();
    for w in "the quick brown fox jumps over the lazy dog".split_whitespace() {
        words.insert(w.to_string());
    }
    let mut v = words.into_iter().collect::<Vec<_>>();
    println!("{:?}", v);
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?}", v);
}
// expect: ["brown", "dog", "fox", "jumps", "lazy", "over", "quick", "the"]
// expect: ["brown", "jumps", "quick", "lazy", "over", "dog", "fox", "the"]
