// values_mut hands out &mut to every value: doubling them all.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert('a', 1);
    m.insert('b', 2);
    for v in m.values_mut() {
        *v *= 10;
    }
    println!("{} {}", m[&'a'], m[&'b']);
}
// expect: 10 20
