// Reading the map's length before `entry` (`let next = ids.len();`) lets the same numbering run.
use std::collections::HashMap;

fn main() {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for name in ["a", "b", "a", "c"] {
        let next = ids.len();
        let id = *ids.entry(name).or_insert(next);
        println!("{} {}", name, id);
    }
}
// expect: a 0
// expect: b 1
// expect: a 0
// expect: c 2
