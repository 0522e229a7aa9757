// Collecting a filtered iterator into a HashSet reserves nothing up front (filter's lower hint is 0) and grows as values arrive; duplicates are dropped.
use std::collections::HashSet;

fn main() {
    let words = vec![String::from("ant"), String::from("bee"), String::from("ant"), String::from("cat"), String::from("bee")];
    let short: HashSet<String> = words.into_iter().filter(|w| w != "cat").collect();
    let mut sorted: Vec<&String> = short.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
}
// expect: ["ant", "bee"]
