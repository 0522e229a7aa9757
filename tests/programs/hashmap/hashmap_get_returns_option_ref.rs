// get returns Some(&value) for a present key and None for a missing one; contains_key just says whether.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yell"), 50);
    let team = String::from("Blue");
    let score = scores.get(&team).copied().unwrap_or(0);
    println!("{}", score);
    println!("{:?} {:?}", scores.get("Yell"), scores.get("Red"));
    println!("{} {}", scores.contains_key("Blue"), scores.contains_key("Green"));
}
// expect: 10
// expect: Some(50) None
// expect: true false
