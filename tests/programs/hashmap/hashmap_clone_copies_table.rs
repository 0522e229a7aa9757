// Cloning a HashMap allocates a table of the same size and clones each key and value into it.
use std::collections::HashMap;

fn main() {
    let mut a: HashMap<u16, String> = HashMap::new();
    a.insert(1, String::from("xx"));
    a.insert(2, String::from("yy"));
    let mut b = a.clone();
    b.insert(3, String::from("zz"));
    println!("{} {} {}", a.len(), b.len(), b[&1]);
}
// expect: 2 3 xx
