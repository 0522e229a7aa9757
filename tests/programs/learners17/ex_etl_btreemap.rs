// Exercism-style: ETL, turning a BTreeMap<i32, Vec<char>> of scores into a BTreeMap<char, i32> by lowercase letter.
use std::collections::BTreeMap;

fn transform(h: &BTreeMap<i32, Vec<char>>) -> BTreeMap<char, i32> {
    h.iter()
        .flat_map(|(&points, letters)| letters.iter().map(move |l| (l.to_ascii_lowercase(), points)))
        .collect()
}

fn main() {
    let mut input = BTreeMap::new();
    input.insert(1, vec!['A', 'E', 'I']);
    input.insert(2, vec!['D', 'G']);
    input.insert(10, vec!['Q', 'Z']);
    let out = transform(&input);
    println!("{:?}", out);
    println!("{}", out[&'z']);
}
// expect: {'a': 1, 'd': 2, 'e': 1, 'g': 2, 'i': 1, 'q': 10, 'z': 10}
// expect: 10
