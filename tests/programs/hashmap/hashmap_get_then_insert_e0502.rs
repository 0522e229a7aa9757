// A reference from get keeps the map borrowed: inserting before its last use is E0502 (the insert could move the table).
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, 10);
    let first = m.get(&1);
    m.insert(2, 20);
    println!("{:?}", first);
}
// error: E0502 at 8:5
