// Collecting words into a BTreeSet keeps one of each, in sorted order.
use std::collections::BTreeSet;

fn main() {
    let text = "the cat saw the dog and the cat ran";
    let words: BTreeSet<&str> = text.split(' ').collect();
    println!("{:?}", words);
    println!("{}", words.len());
}
// expect: {"and", "cat", "dog", "ran", "saw", "the"}
// expect: 6
