// BTreeMap::from sorts the array by key (stably) and keeps the last value of a repeated key, dropping the earlier pair; a few pairs fill one leaf.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(3, String::from("c")), (1, String::from("a")), (3, String::from("C")), (2, String::from("b"))]);
    println!("{} {:?}", m.len(), m);
}
// expect: 3 {1: "a", 2: "b", 3: "C"}
