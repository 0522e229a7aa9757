// A `std::collections::hash_map::Entry::Vacant` pattern written by its full path is "not supported yet" at the path, never E0433.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    if let std::collections::hash_map::Entry::Vacant(v) = m.entry("a") { v.insert(1); }
    println!("{}", m.len());
}
// expect: 1
// unsupported: `std::collections::hash_map::Entry::Vacant` at 5:12
