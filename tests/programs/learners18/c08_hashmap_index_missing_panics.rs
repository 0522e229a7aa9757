// Indexing a HashMap with a missing key panics.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    println!("{}", m["a"]);
    println!("{}", m["b"]);
}
// expect: 1
// panic: no entry found for key
// panic-at: 8:21
