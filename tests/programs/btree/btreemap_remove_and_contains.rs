// remove returns the value of a present key; contains_key and get see it gone.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(3, "c");
    m.insert(1, "a");
    m.insert(2, "b");
    println!("{:?} {:?}", m.remove(&2), m.remove(&7));
    println!("{} {:?} {:?}", m.contains_key(&2), m.get(&3), m);
}
// expect: Some("b") None
// expect: false Some("c") {1: "a", 3: "c"}
