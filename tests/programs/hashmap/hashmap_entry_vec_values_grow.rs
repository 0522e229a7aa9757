// entry(k).or_insert(Vec::new()).push(x) groups values under a key; each group's Vec grows in its own buffer.
use std::collections::HashMap;

fn main() {
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in ["ox", "cat", "be", "dog", "at"] {
        by_len.entry(w.len()).or_insert(Vec::new()).push(w);
    }
    println!("{:?}", by_len[&2]);
    println!("{:?}", by_len[&3]);
}
// expect: ["ox", "be", "at"]
// expect: ["cat", "dog"]
