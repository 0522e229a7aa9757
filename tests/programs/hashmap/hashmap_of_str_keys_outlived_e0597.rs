// A map of &str keys holds the borrow of each key it stores: the String a key borrows from must outlive the map's last use (E0597).
use std::collections::HashMap;

fn main() {
    let mut seen = HashMap::new();
    {
        let word = String::from("tide");
        seen.insert(word.as_str(), 1);
    }
    println!("{}", seen.len());
}
// error: E0597 at 8:21
