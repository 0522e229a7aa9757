// Iterating values visits them in the table's order, which varies from run to run in Rust; a sum does not depend on it.
use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::new();
    prices.insert("tea", 3);
    prices.insert("cake", 5);
    prices.insert("jam", 4);
    let mut total = 0;
    for p in prices.values() {
        total += p;
    }
    println!("{}", total);
}
// expect: 12
