// {:#?} writes a BTreeMap one entry per line, in key order.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert("b", vec![2]);
    m.insert("a", vec![]);
    println!("{:#?}", m);
}
// expect: {
// expect:     "a": [],
// expect:     "b": [
// expect:         2,
// expect:     ],
// expect: }
