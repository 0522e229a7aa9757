// Anagram groups: each word's sorted lowercase chars as a BTreeMap key, grouping into Vec<&str>.
use std::collections::BTreeMap;

fn main() {
    let words = ["listen", "silent", "enlist", "google", "banana", "Tinsel", "gogole"];
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for w in words {
        let mut key: Vec<char> = w.to_lowercase().chars().collect();
        key.sort_unstable();
        groups.entry(key.into_iter().collect()).or_default().push(w);
    }
    for (k, v) in &groups {
        println!("{k}: {v:?}");
    }
}
// expect: aaabnn: ["banana"]
// expect: eggloo: ["google", "gogole"]
// expect: eilnst: ["listen", "silent", "enlist", "Tinsel"]
