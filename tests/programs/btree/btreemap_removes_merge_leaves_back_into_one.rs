// After the twelfth key splits the leaf, removing keys until a leaf is underfull merges the two leaves back and frees the emptied root.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in 1..=12 {
        m.insert(k, k * 10);
    }
    for k in [12, 11, 10] {
        m.remove(&k);
    }
    println!("{} {:?}", m.len(), m);
}
// expect: 9 {1: 10, 2: 20, 3: 30, 4: 40, 5: 50, 6: 60, 7: 70, 8: 80, 9: 90}
