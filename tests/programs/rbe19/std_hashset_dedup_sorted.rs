// A HashSet removes duplicates; its contents collected into a Vec and sorted before printing.
use std::collections::HashSet;

fn main() {
    let words = vec!["apple", "pear", "apple", "fig", "pear"];
    let unique: HashSet<&str> = words.iter().cloned().collect();
    let mut sorted: Vec<&str> = unique.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    let mut seen = HashSet::new();
    for w in &words {
        if !seen.insert(*w) {
            println!("duplicate: {}", w);
        }
    }
    println!("{}", seen.len());
}
// expect: ["apple", "fig", "pear"]
// expect: duplicate: apple
// expect: duplicate: pear
// expect: 3
