// HashMap::extend reserves the lower size hint into an empty map, then inserts each pair; a repeated key keeps its last value.
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.extend(vec![("a", 1), ("b", 2), ("a", 3)]);
    let mut pairs: Vec<_> = m.iter().collect();
    pairs.sort();
    println!("{:?} {}", pairs, m.capacity());
}
// expect: [("a", 3), ("b", 2)] 3
