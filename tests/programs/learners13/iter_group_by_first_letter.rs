// Grouping words by first letter into a BTreeMap<char, Vec<&str>> with entry().or_default(), then printing sorted groups.
use std::collections::BTreeMap;

fn main() {
    let words = ["apple", "banana", "avocado", "blueberry", "cherry", "apricot"];
    let mut groups: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for w in words.iter() {
        let first = w.chars().next().unwrap();
        groups.entry(first).or_default().push(w);
    }
    for (letter, ws) in &groups {
        println!("{}: {:?} ({})", letter, ws, ws.len());
    }
    let biggest = groups.iter().max_by_key(|(_, ws)| ws.len()).map(|(c, _)| *c);
    println!("biggest group: {:?}", biggest);
    let lens: Vec<usize> = groups.values().map(|v| v.len()).collect();
    println!("{:?}", lens);
}
// expect: a: ["apple", "avocado", "apricot"] (3)
// expect: b: ["banana", "blueberry"] (2)
// expect: c: ["cherry"] (1)
// expect: biggest group: Some('a')
// expect: [3, 2, 1]
