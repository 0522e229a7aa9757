// Collecting pairs with a repeated key keeps the last value for it, and drops the earlier String when the later one replaces it.
use std::collections::HashMap;

fn main() {
    let v = vec![("a", String::from("first")), ("a", String::from("second"))];
    let m: HashMap<&str, String> = v.into_iter().collect();
    println!("{} {:?}", m.len(), m.get("a"));
}
// expect: 1 Some("second")
