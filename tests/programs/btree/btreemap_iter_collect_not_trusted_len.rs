// Collecting a BTreeMap iter into a Vec: std knows its exact length but does not trust it (no TrustedLen), so the Vec starts at max(4, hint) elements.
use std::collections::BTreeMap;
fn main() {
    let m = BTreeMap::from([(1, 2), (3, 4), (5, 6)]);
    let v: Vec<_> = m.iter().collect();
    println!("{:?}", v);
}
// expect: [(1, 2), (3, 4), (5, 6)]
