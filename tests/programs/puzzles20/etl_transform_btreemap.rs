// ETL (Exercism): a BTreeMap<i32, Vec<char>> of scores inverted into BTreeMap<char, i32>, a word scored through get().copied().
use std::collections::BTreeMap;

fn transform(h: &BTreeMap<i32, Vec<char>>) -> BTreeMap<char, i32> {
    let mut out = BTreeMap::new();
    for (&score, letters) in h {
        for &c in letters {
            out.insert(c.to_ascii_lowercase(), score);
        }
    }
    out
}

fn main() {
    let mut legacy = BTreeMap::new();
    legacy.insert(1, vec!['A', 'E', 'I']);
    legacy.insert(2, vec!['D', 'G']);
    legacy.insert(10, vec!['Q', 'Z']);
    let t = transform(&legacy);
    println!("{:?}", t);
    let word = "quiz";
    let score: i32 = word.chars().map(|c| t.get(&c).copied().unwrap_or(0)).sum();
    println!("{} {}", word, score);
}
// expect: {'a': 1, 'd': 2, 'e': 1, 'g': 2, 'i': 1, 'q': 10, 'z': 10}
// expect: quiz 21
