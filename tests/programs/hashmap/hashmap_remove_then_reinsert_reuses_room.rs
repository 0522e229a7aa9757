// Removing entries makes room again: removing and reinserting the same number of keys does not grow the table.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u64, u64> = HashMap::with_capacity(7);
    for i in 0..7 {
        m.insert(i, i);
    }
    for i in 0..3 {
        m.remove(&i);
    }
    for i in 10..13 {
        m.insert(i, i);
    }
    println!("{} {}", m.len(), m.capacity());
}
// expect: 7 7
