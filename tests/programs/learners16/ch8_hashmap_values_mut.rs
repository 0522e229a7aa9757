// values_mut doubling every price, then the total and a sorted listing.
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<&str, u32> = HashMap::new();
    prices.insert("tea", 3);
    prices.insert("cake", 5);
    for p in prices.values_mut() {
        *p *= 2;
    }
    let total: u32 = prices.values().sum();
    let mut items: Vec<_> = prices.iter().collect();
    items.sort();
    println!("{:?} total {}", items, total);
}
// expect: [("cake", 10), ("tea", 6)] total 16
