// unwrap on a None from HashMap::get panics with the Option message at its line.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    println!("{}", ages.get("ann").unwrap());
    let bob = ages.get("bob").unwrap();
    println!("{bob}");
}
// expect: 31
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 8:31
