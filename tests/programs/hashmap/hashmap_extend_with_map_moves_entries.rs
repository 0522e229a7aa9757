// HashMap::extend(other_map) consumes the other map: its entries move over (a key already there keeps the new value, the new key String dropped), then its table is freed.
use std::collections::HashMap;

fn main() {
    let mut totals: HashMap<String, i32> = HashMap::new();
    totals.insert(String::from("ann"), 1);
    let more = HashMap::from([(String::from("bob"), 2), (String::from("ann"), 5)]);
    totals.extend(more);
    let mut pairs: Vec<_> = totals.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
// expect: [("ann", 5), ("bob", 2)]
