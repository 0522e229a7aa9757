// A map with String keys is searched with a &str: the key type borrows as str, and the order is the text's.
use std::collections::BTreeMap;

fn main() {
    let mut ages: BTreeMap<String, u32> = BTreeMap::new();
    ages.insert(String::from("zoe"), 31);
    ages.insert(String::from("adam"), 27);
    println!("{:?} {}", ages.get("zoe"), ages.contains_key("eve"));
    println!("{:?}", ages.remove("adam"));
    println!("{:?}", ages);
}
// expect: Some(31) false
// expect: Some(27)
// expect: {"zoe": 31}
