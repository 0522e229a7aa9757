// A std function passed as a value (or_insert_with(Vec::new)) is "not supported yet" at the path, not an E0425 that would call the program wrong.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u8, Vec<u8>> = HashMap::new();
    m.entry(1).or_insert_with(Vec::new).push(2);
    println!("{:?}", m);
}
// expect: {1: [2]}
// unsupported: std's function `Vec::new` used as a value
