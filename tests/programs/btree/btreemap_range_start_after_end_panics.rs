// A BTreeMap range whose start is past its end panics inside std, at its search code.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(1, 'a'), (5, 'e')]);
    let lo = m.len() * 3;
    println!("start");
    let n = m.range(lo..2).count();
    println!("{n}");
}
// expect: start
// panic: range start is greater than range end in BTreeMap
// panic-at: library/alloc/src/collections/btree/search.rs:121:21
