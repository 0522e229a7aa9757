// range_mut takes `&mut self`: on a map not declared `mut` it is E0596.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(1, 10)]);
    for (_, v) in m.range_mut(..) {
        *v += 1;
    }
    println!("{:?}", m);
}
// error: E0596 at 6:19
