// A HashMap collected from two zipped Vecs, then queried and listed in sorted order.
use std::collections::HashMap;

fn main() {
    let teams = vec![String::from("Blue"), String::from("Yellow")];
    let initial_scores = vec![10, 50];
    let scores: HashMap<_, _> = teams.into_iter().zip(initial_scores.into_iter()).collect();
    println!("{:?}", scores.get("Blue"));
    let mut listed: Vec<(String, i32)> = scores.into_iter().collect();
    listed.sort();
    println!("{:?}", listed);
}
// expect: Some(10)
// expect: [("Blue", 10), ("Yellow", 50)]
