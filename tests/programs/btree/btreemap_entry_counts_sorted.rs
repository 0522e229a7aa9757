// Counting with a BTreeMap's entry API prints the counts in key order, no sorting needed.
use std::collections::BTreeMap;

fn main() {
    let mut counts = BTreeMap::new();
    for word in "the cat saw the dog and the cat".split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    for (w, n) in &counts {
        println!("{w} {n}");
    }
}
// expect: and 1
// expect: cat 2
// expect: dog 1
// expect: saw 1
// expect: the 3
