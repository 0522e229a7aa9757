// BTreeMap::range_mut is outside the subset (range is in it): the engine says so at the method.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::from([(1, 10), (2, 20), (3, 30)]);
    for (_, v) in m.range_mut(2..) {
        *v += 1;
    }
    println!("{:?}", m);
}
// expect: {1: 10, 2: 21, 3: 31}
// unsupported: the method `range_mut` at 6:21
