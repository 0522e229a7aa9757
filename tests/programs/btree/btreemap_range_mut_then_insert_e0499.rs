// The values range_mut hands out borrow the map mutably: inserting while one is held is E0499.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::from([(1, 10), (2, 20)]);
    for (k, v) in m.range_mut(1..) {
        *v += 1;
        m.insert(*k + 10, 0);
    }
    println!("{:?}", m);
}
// error: E0499 at 8:9
