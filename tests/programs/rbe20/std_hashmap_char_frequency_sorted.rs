// Counting letters into HashMap<char, usize> with entry().or_default(), then sorting the pairs by count and letter before printing bars.
use std::collections::HashMap;

fn main() {
    let text = "hello rustaceans";
    let mut freq: HashMap<char, usize> = HashMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        *freq.entry(c).or_default() += 1;
    }
    let mut list: Vec<(char, usize)> = freq.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (c, n) in list.iter().take(4) {
        println!("{} {}", c, "*".repeat(*n));
    }
}
// expect: a **
// expect: e **
// expect: l **
// expect: s **
