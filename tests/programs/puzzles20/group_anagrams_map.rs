// LeetCode group anagrams: words keyed by their sorted letters in HashMap<String, Vec<String>>, the groups sorted for a stable answer.
use std::collections::HashMap;

fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    for s in strs {
        let mut key: Vec<char> = s.chars().collect();
        key.sort_unstable();
        let key: String = key.into_iter().collect();
        groups.entry(key).or_insert_with(Vec::new).push(s);
    }
    let mut out: Vec<Vec<String>> = groups.into_values().collect();
    for g in out.iter_mut() {
        g.sort();
    }
    out.sort();
    out
}

fn main() {
    let words = ["eat", "tea", "tan", "ate", "nat", "bat"];
    let strs: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    println!("{:?}", group_anagrams(strs));
    println!("{:?}", group_anagrams(vec![String::new()]));
}
// expect: [["ate", "eat", "tea"], ["bat"], ["nat", "tan"]]
// expect: [[""]]
