// To print a HashMap in a fixed order, copy the keys into a Vec and sort it.
use std::collections::HashMap;

fn main() {
    let mut heights = HashMap::new();
    heights.insert(3, "third");
    heights.insert(1, "first");
    heights.insert(2, "second");
    let mut keys = Vec::new();
    for k in heights.keys() {
        keys.push(*k);
    }
    keys.sort();
    for k in &keys {
        println!("{} {}", k, heights[k]);
    }
}
// expect: 1 first
// expect: 2 second
// expect: 3 third
