// A learner's word count: `counts.entry(w)` keys the map by the words of text (the loop's items borrow it), so dropping text while counts is still used is rustc's E0505.
use std::collections::HashMap;

fn main() {
    let text = String::from("a b a");
    let mut counts = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    drop(text);
    println!("{}", counts.len());
}
// error: E0505 at 10:10
