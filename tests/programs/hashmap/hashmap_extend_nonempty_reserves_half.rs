// HashMap::extend into a map that has entries reserves only half the hint (rounded up), as hashbrown does, then grows as it inserts.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.insert(0, 0);
    m.extend((1..8).map(|i| (i, i * i)));
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    println!("{:?} {}", keys, m[&7]);
}
// expect: [0, 1, 2, 3, 4, 5, 6, 7] 49
