// insert overwriting a value, then entry(..).or_insert only inserting when absent.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Blue"), 25);
    println!("{:?}", scores.get("Blue"));
    scores.entry(String::from("Yellow")).or_insert(50);
    scores.entry(String::from("Blue")).or_insert(50);
    let mut all: Vec<(&String, &i32)> = scores.iter().collect();
    all.sort();
    println!("{:?}", all);
}
// expect: Some(25)
// expect: [("Blue", 25), ("Yellow", 50)]
// heap: skip the map's two String keys (4 and 6 bytes) are freed in its bucket order, which std's random seed changes from run to run
