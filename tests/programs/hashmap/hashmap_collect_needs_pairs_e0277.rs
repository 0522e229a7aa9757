// A HashMap is collected from (key, value) pairs: collecting plain numbers into one is rustc's E0277 at collect.
use std::collections::HashMap;

fn main() {
    let m: HashMap<u8, u8> = vec![1u8, 2].into_iter().collect();
    println!("{}", m.len());
}
// error: E0277 at 5:55
