// Inserting a key already there replaces the value, returns the old one, and drops the new key (the stored key stays).
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    println!("{:?}", m.insert(String::from("k"), String::from("old")));
    println!("{:?}", m.insert(String::from("k"), String::from("new")));
    println!("{:?}", m);
}
// expect: None
// expect: Some("old")
// expect: {"k": "new"}
