// Keeping the reference from map.get() alive across map.insert() is rejected (E0502).
use std::collections::HashMap;

fn main() {
    let mut seen: HashMap<String, usize> = HashMap::new();
    seen.insert("a".to_string(), 1);
    let first = seen.get("a").unwrap();
    seen.insert("b".to_string(), 2);
    println!("{first}");
}
// error: E0502 at 8:5
