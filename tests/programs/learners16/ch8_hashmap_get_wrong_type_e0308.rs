// scores.get(name) passing a String instead of a reference: E0308 expected `&_`.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    let name = String::from("Blue");
    let s = scores.get(name);
    println!("{:?}", s);
}
// error: E0308 at 8:24
