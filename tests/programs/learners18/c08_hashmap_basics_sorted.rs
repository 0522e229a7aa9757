// HashMap insert overwrite, get with copied().unwrap_or, entry or_insert, and update from old values.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("{score}");
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Red")).or_insert(5);
    scores.entry(String::from("Blue")).or_insert(99);
    let mut keys: Vec<_> = scores.iter().collect();
    keys.sort();
    for (k, v) in keys {
        println!("{k}: {v}");
    }
    println!("{:?}", scores.get("Green"));
    if let Some(v) = scores.get_mut("Yellow") {
        *v *= 2;
    }
    println!("{}", scores["Yellow"]);
    println!("{}", scores.contains_key("Red"));
    println!("{:?}", scores.remove("Red"));
    println!("{}", scores.len());
}
// expect: 10
// expect: Blue: 25
// expect: Red: 5
// expect: Yellow: 50
// expect: None
// expect: 100
// expect: true
// expect: Some(5)
// expect: 2
// heap: skip the HashMap drops its String keys and values in hash order
