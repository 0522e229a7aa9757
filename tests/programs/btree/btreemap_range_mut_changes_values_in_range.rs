// BTreeMap::range_mut(2..) hands out `&mut` to the values whose keys lie in the range, in key order; the others are untouched.
use std::collections::BTreeMap;

fn main() {
    let mut stock = BTreeMap::from([(1, 10), (2, 20), (3, 30)]);
    for (_, count) in stock.range_mut(2..) {
        *count += 1;
    }
    println!("{:?}", stock);
}
// expect: {1: 10, 2: 21, 3: 31}
