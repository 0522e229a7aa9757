// Letter counts with a HashMap<char, usize>, then sorted by count descending and letter with sort_by.
use std::collections::HashMap;

fn main() {
    let text = "mississippi river";
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_default() += 1;
    }
    let mut v: Vec<(char, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", v);
    let top: Vec<String> = v.iter().take(2).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("top: {}", top.join(", "));
    let distinct = v.len();
    println!("{} distinct letters", distinct);
}
// expect: [('i', 5), ('s', 4), ('p', 2), ('r', 2), ('e', 1), ('m', 1), ('v', 1)]
// expect: top: i=5, s=4
// expect: 7 distinct letters
