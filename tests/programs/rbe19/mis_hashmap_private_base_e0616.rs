// A HashMap's fields are std's own: reading `base` is E0616.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    println!("{}", m.base);
}
// error: E0616 at 7:22
