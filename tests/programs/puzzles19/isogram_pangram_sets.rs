// Isogram via HashSet::insert returning false on a repeat; pangram via a BTreeSet of lowercase letters.
use std::collections::{BTreeSet, HashSet};

fn is_isogram(s: &str) -> bool {
    let mut seen = HashSet::new();
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| seen.insert(c.to_ascii_lowercase()))
}

fn is_pangram(s: &str) -> bool {
    let letters: BTreeSet<char> = s.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    letters.len() == 26
}

fn main() {
    println!("{} {}", is_isogram("lumberjacks"), is_isogram("six-year-old"));
    println!("{}", is_isogram("isograms"));
    println!("{}", is_pangram("The quick brown fox jumps over the lazy dog"));
    println!("{}", is_pangram("a quick movement of the enemy"));
}
// expect: true true
// expect: false
// expect: true
// expect: false
