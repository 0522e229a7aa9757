// or_insert puts the value in only when the key is missing; an existing value stays and the new String key is dropped.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.entry(String::from("Gold")).or_insert(50);
    scores.entry(String::from("Blue")).or_insert(50);
    println!("{} {}", scores["Blue"], scores["Gold"]);
}
// expect: 10 50
