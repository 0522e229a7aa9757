// When the key is already there, insert keeps the old key and drops the new String key: its buffer is freed inside insert.
use std::collections::HashMap;

fn main() {
    let mut owners: HashMap<String, u8> = HashMap::new();
    owners.insert(String::from("cat"), 1);
    let old = owners.insert(String::from("cat"), 2);
    println!("{:?} {}", old, owners["cat"]);
}
// expect: Some(1) 2
