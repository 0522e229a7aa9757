// `match map.get(&k)` returning the value from one arm keeps the map borrowed in the other arm: inserting there is E0502.
use std::collections::HashMap;

fn get_or_insert(map: &mut HashMap<u32, String>, k: u32) -> &String {
    match map.get(&k) {
        Some(v) => v,
        None => {
            map.insert(k, String::new());
            map.get(&k).unwrap()
        }
    }
}

fn main() {
    let mut m = HashMap::new();
    println!("{:?}", get_or_insert(&mut m, 1));
}
// error: E0502 at 8:13
