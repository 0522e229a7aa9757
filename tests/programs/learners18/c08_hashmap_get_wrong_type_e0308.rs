// Inserting a &str value into a HashMap<String, i32> is E0308.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".to_string(), "1");
    println!("{}", m.len());
}
// error: E0308 at 6:31
