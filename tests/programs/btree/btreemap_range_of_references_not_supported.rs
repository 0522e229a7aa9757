// A range of references to the key type (`&1..&3`, which std accepts through Borrow) is outside the subset: the engine says so at the argument.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(1, 'a'), (2, 'b'), (3, 'c')]);
    println!("{}", m.range(&1..&3).count());
}
// expect: 2
// unsupported: `range` with a `Range<&
