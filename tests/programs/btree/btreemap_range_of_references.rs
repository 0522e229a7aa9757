// A range of references to the key type (`&lo..&hi`, std's RangeBounds for `Range<&T>`) selects the same entries as a range of keys.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')]);
    let (lo, hi) = (2, 4);
    let picked: Vec<_> = m.range(&lo..&hi).collect();
    println!("{:?}", picked);
    println!("{}", m.range(..=&lo).count());
}
// expect: [(2, 'b'), (3, 'c')]
// expect: 2
