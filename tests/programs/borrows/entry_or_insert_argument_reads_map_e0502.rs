// In `m.entry(k).or_insert(m.len())` the Entry holds `&mut m` while the argument reads m: error E0502.
use std::collections::HashMap;

fn main() {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    ids.insert("a", 0);
    let id = *ids.entry("b").or_insert(ids.len());
    println!("{}", id);
}
// error: E0502 at 7:40
