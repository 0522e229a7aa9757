// HashMap::into_iter called as a method, collected into a Vec and sorted: the order after sorting is the one rustc prints.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert(String::from("pears"), 4);
    stock.insert(String::from("apples"), 9);
    stock.insert(String::from("plums"), 1);
    let mut items: Vec<(String, u32)> = stock.into_iter().collect();
    items.sort();
    println!("{:?}", items);
    items.sort_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", items);
}
// expect: [("apples", 9), ("pears", 4), ("plums", 1)]
// expect: [("apples", 9), ("pears", 4), ("plums", 1)]
