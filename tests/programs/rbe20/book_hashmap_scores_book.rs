// The book's HashMap chapter: get().copied().unwrap_or, overwrite, entry().or_insert, a word count sorted by count then word.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("{score}");
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Red")).or_insert(50);
    scores.entry(String::from("Blue")).or_insert(50);
    let mut pairs: Vec<(&String, &i32)> = scores.iter().collect();
    pairs.sort();
    for (key, value) in pairs {
        println!("{key}: {value}");
    }
    let text = "hello world wonderful world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut counts: Vec<_> = map.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", counts);
}
// expect: 10
// expect: Blue: 25
// expect: Red: 50
// expect: Yellow: 50
// expect: [("world", 2), ("hello", 1), ("wonderful", 1)]
// heap: skip the maps' String keys are freed (and the word map's entries collected) in bucket order, which std's random seed changes from run to run
