// for (k, v) in &map gives (&K, &V) pairs; a total over them does not depend on the order.
use std::collections::HashMap;

fn main() {
    let mut cart: HashMap<&str, (u32, u32)> = HashMap::new();
    cart.insert("pen", (2, 150));
    cart.insert("pad", (1, 300));
    let mut cents = 0;
    let mut items = 0;
    for (_name, (count, price)) in &cart {
        cents += count * price;
        items += count;
    }
    println!("{} items, {} cents", items, cents);
}
// expect: 3 items, 600 cents
