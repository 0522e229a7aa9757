// first_key_value and last_key_value give the smallest and largest entries.
use std::collections::BTreeMap;

fn main() {
    let mut temps = BTreeMap::new();
    temps.insert(14, "noon");
    temps.insert(6, "dawn");
    temps.insert(22, "night");
    println!("{:?} {:?}", temps.first_key_value(), temps.last_key_value());
}
// expect: Some((6, "dawn")) Some((22, "night"))
