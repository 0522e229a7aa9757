// extend takes the other map by value: using it afterwards is E0382.
use std::collections::HashMap;

fn main() {
    let mut a: HashMap<i32, i32> = HashMap::new();
    let b = HashMap::from([(1, 2)]);
    a.extend(b);
    println!("{} {}", a.len(), b.len());
}
// error: E0382 at 8:32
