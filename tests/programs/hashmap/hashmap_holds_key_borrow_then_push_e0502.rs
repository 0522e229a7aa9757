// Inserting &name into a map borrows name for as long as the map is used, so pushing onto name in between is E0502.
use std::collections::HashMap;

fn main() {
    let mut name = String::from("Ada");
    let mut ages = HashMap::new();
    ages.insert(&name, 36);
    name.push('!');
    println!("{}", ages.len());
}
// error: E0502 at 8:5
