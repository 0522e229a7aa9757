// A BTreeMap's into_keys and into_values are TrustedLen: collect allocates exactly the map's length, where a HashMap's start at max(4, hint).
use std::collections::{BTreeMap, HashMap};

fn main() {
    let m3 = BTreeMap::from([(1u64, 10u64), (2, 20), (3, 30)]);
    let keys: Vec<u64> = m3.clone().into_keys().collect();
    let values: Vec<u64> = m3.into_values().collect();
    println!("{:?} {} {:?} {}", keys, keys.capacity(), values, values.capacity());
    let h = HashMap::from([(1u64, 10u64), (2, 20)]);
    let hv: Vec<u64> = h.into_values().collect();
    println!("{} {}", hv.len(), hv.capacity());
}
// expect: [1, 2, 3] 3 [10, 20, 30] 3
// expect: 2 4
