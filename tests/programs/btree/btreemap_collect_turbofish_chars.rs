// Counting letters: a BTreeMap collected with a turbofish from chars zipped with their positions, the last position of each letter kept.
use std::collections::BTreeMap;

fn main() {
    let last = "banana".chars().zip(0..).collect::<BTreeMap<char, i32>>();
    println!("{:?}", last);
}
// expect: {'a': 5, 'b': 0, 'n': 4}
