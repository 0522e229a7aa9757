// into_keys of a HashMap counted: each key moved out as the table is walked, the table freed with the iterator.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("Ann", 31);
    let names = ages.into_keys().count();
    println!("{}", names);
}
// expect: 1
