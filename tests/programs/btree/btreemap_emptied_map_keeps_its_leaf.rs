// Removing every entry leaves the empty leaf allocated: the next insert reuses it, and only dropping the map frees it.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(1, 'a');
    m.insert(2, 'b');
    m.remove(&1);
    m.remove(&2);
    println!("{} {}", m.len(), m.is_empty());
    m.insert(3, 'c');
    println!("{:?}", m);
}
// expect: 0 true
// expect: {3: 'c'}
