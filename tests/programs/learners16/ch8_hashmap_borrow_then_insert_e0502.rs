// Holding a reference from map.get while inserting into the map: E0502.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get("a").unwrap();
    m.insert("b", 2);
    println!("{}", a);
}
// error: E0502 at 8:5
