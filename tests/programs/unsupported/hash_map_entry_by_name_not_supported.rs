// Matching on std's hash_map::Entry by name is outside the subset (`entry(k).or_insert(v)` is in it): the engine says so at the `use`.
use std::collections::hash_map::Entry;
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    match m.entry("a") {
        Entry::Occupied(mut o) => *o.get_mut() += 1,
        Entry::Vacant(v) => {
            v.insert(1);
        }
    }
    println!("{:?}", m.get("a"));
}
// expect: Some(1)
// unsupported: `std::collections::hash_map::Entry` is not supported yet at 2:5
