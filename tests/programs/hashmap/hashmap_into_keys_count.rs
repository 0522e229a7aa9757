// A std HashMap method the engine does not run yet (into_keys) is "not supported yet" at its name, not an E0599 that would call the program wrong.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("Ann", 31);
    let names = ages.into_keys().count();
    println!("{}", names);
}
// expect: 1
// unsupported: the method `into_keys` of `HashMap<&str, u32>`
