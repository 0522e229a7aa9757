// BTreeMap::into_iter called as a method: the entries move out in key order into a collected Vec of (K, V), each leaf freed as the walk leaves it.
use std::collections::BTreeMap;

fn main() {
    let mut ages = BTreeMap::new();
    ages.insert(String::from("carol"), 41);
    ages.insert(String::from("alice"), 30);
    ages.insert(String::from("bob"), 25);
    let pairs: Vec<(String, i32)> = ages.into_iter().collect();
    println!("{:?}", pairs);
    let mut by_age = pairs;
    by_age.sort_by_key(|(_, age)| *age);
    println!("{:?}", by_age);
}
// expect: [("alice", 30), ("bob", 25), ("carol", 41)]
// expect: [("bob", 25), ("alice", 30), ("carol", 41)]
