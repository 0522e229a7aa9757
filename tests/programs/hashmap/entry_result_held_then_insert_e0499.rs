// The `&mut V` that `entry(k).or_insert(v)` returns keeps the map mutably borrowed (an Entry holds the map's `&mut`): inserting while it is still used is E0499 (the engine accepted it).
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    let slot = counts.entry("a").or_insert(0);
    counts.insert("b", 1);
    *slot += 1;
    println!("{}", counts.len());
}
// error: E0499 at 7:5
