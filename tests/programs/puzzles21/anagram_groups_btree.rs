// LeetCode 49 with a BTreeMap: words grouped under their sorted letters, groups printed in key order.
use std::collections::BTreeMap;

fn main() {
    let words = ["eat", "tea", "tan", "ate", "nat", "bat"];
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for w in words {
        let mut key: Vec<char> = w.chars().collect();
        key.sort();
        groups.entry(key.into_iter().collect()).or_insert_with(Vec::new).push(w);
    }
    for (key, group) in &groups {
        println!("{}: {}", key, group.join(","));
    }
    let biggest = groups.values().max_by_key(|g| g.len()).unwrap();
    println!("biggest: {:?}", biggest);
}
// expect: abt: bat
// expect: aet: eat,tea,ate
// expect: ant: tan,nat
// expect: biggest: ["eat", "tea", "ate"]
