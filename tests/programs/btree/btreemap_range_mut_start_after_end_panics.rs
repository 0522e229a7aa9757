// range_mut with a start above the end panics inside std's search, as range does.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::from([(1, 'a'), (5, 'e')]);
    let hi = 4;
    for (_, v) in m.range_mut(hi..2) {
        *v = 'z';
    }
    println!("{:?}", m);
}
// panic: range start is greater than range end in BTreeMap
// panic-at: library/alloc/src/collections/btree/search.rs:121:21
