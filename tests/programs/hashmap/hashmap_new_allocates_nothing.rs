// HashMap::new allocates nothing: its control pointer points at a shared empty group until the first insert.
use std::collections::HashMap;

fn main() {
    let scores: HashMap<String, u32> = HashMap::new();
    println!("{} {} {}", scores.len(), scores.capacity(), scores.is_empty());
}
// expect: 0 0 true
