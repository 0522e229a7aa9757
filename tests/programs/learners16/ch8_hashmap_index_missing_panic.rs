// Indexing a HashMap with a missing key panics.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 3);
    println!("{}", stock["apples"]);
    println!("{}", stock["pears"]);
}
// expect: 3
// panic: no entry found for key
// panic-at: 8:25
