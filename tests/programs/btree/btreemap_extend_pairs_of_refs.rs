// BTreeMap::extend with (&K, &V) pairs of Copy types copies them in, here from another map's iter().
use std::collections::BTreeMap;
fn main() {
    let a = BTreeMap::from([(1, 'a'), (2, 'b')]);
    let mut b = BTreeMap::from([(3, 'c')]);
    b.extend(a.iter());
    println!("{:?}", b);
}
// expect: {1: 'a', 2: 'b', 3: 'c'}
