// A BTreeMap range borrows the map: inserting while the range is still walked is E0502.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::from([(1, 1), (2, 2)]);
    for (k, _) in m.range(1..) {
        m.insert(k + 10, 0);
    }
    println!("{}", m.len());
}
// error: E0502 at 7:9
