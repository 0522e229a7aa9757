// BTreeMap::extend inserts each pair in turn (a repeated key's old value dropped), node by node as insert does.
use std::collections::BTreeMap;
fn main() {
    let mut m = BTreeMap::new();
    m.insert(5, String::from("five"));
    m.extend(vec![(1, String::from("one")), (5, String::from("FIVE")), (3, String::from("three"))]);
    println!("{:?}", m);
}
// expect: {1: "one", 3: "three", 5: "FIVE"}
