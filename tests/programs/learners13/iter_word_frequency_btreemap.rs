// A word frequency counter into a BTreeMap, then the top words by sorting a Vec of pairs with sort_by.
use std::collections::BTreeMap;

fn main() {
    let text = "one fish two fish red fish blue fish one two";
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let mut pairs: Vec<(&str, u32)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, n) in pairs.iter().take(3) {
        println!("{:<5} {}", w, "#".repeat(*n as usize));
    }
    let singles: Vec<&&str> = counts.iter().filter(|(_, &n)| n == 1).map(|(k, _)| k).collect();
    println!("singles: {:?}", singles);
}
// expect: {"blue": 1, "fish": 4, "one": 2, "red": 1, "two": 2}
// expect: fish  ####
// expect: one   ##
// expect: two   ##
// expect: singles: ["blue", "red"]
