// BTreeMap::range(a..b) walks the entries whose keys lie from a up to, not including, b, in key order.
use std::collections::BTreeMap;

fn main() {
    let mut ages = BTreeMap::new();
    for (name, age) in [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 19)] {
        ages.insert(age, name);
    }
    for (age, name) in ages.range(20..40) {
        println!("{name} is {age}");
    }
}
// expect: bob is 25
// expect: ann is 31
