// A HashMap's iterator has no way back (hashbrown walks its buckets one way): `.rev()` of it is E0277, as rustc.
use std::collections::HashMap;

fn main() {
    let ages: HashMap<&str, u32> = HashMap::from([("ann", 31), ("bob", 27)]);
    let names: Vec<&&str> = ages.keys().rev().collect();
    println!("{:?}", names);
}
// error: E0277 at 6:41
