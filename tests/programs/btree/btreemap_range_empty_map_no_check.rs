// range on an empty BTreeMap yields nothing without checking its bounds: std has no root node to search, so a reversed range does not panic.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<i32, i32> = BTreeMap::new();
    let lo = 9 + m.len() as i32;
    println!("{}", m.range(lo..3).count());
}
// expect: 0
