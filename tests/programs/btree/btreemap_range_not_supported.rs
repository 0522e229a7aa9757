// BTreeMap::range is outside the subset: the engine says so at the method's name.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(1, 'a');
    for (k, v) in m.range(0..5) {
        println!("{k} {v}");
    }
}
// expect: 1 a
// unsupported: the method `range`
