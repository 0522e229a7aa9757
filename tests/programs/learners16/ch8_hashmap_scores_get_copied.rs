// The book's team scores: insert, get(&name).copied().unwrap_or(0), and a sorted listing; the map is emptied in sorted order so its Strings are freed in an order the hasher does not choose.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {}", score);
    println!("Red: {}", scores.get("Red").copied().unwrap_or(0));
    let mut keys: Vec<&String> = scores.keys().collect();
    keys.sort();
    for k in keys {
        println!("{}: {}", k, scores[k]);
    }
    let mut owned: Vec<(String, i32)> = scores.into_iter().collect();
    owned.sort();
    println!("{:?}", owned);
}
// expect: Blue: 10
// expect: Red: 0
// expect: Blue: 10
// expect: Yellow: 50
// expect: [("Blue", 10), ("Yellow", 50)]
