// A BTreeMap range a..a is empty but allowed; a..=a holds the one key a.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(4, "four"), (5, "five")]);
    println!("{} {:?}", m.range(4..4).count(), m.range(5..=5).next());
}
// expect: 0 Some((5, "five"))
