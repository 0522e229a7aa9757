// values_mut and iter_mut change the values in place, in key order.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    m.insert(2, 20);
    m.insert(1, 10);
    for v in m.values_mut() {
        *v += 1;
    }
    for (k, v) in m.iter_mut() {
        *v *= k;
    }
    for (k, v) in &mut m {
        *v += k;
    }
    println!("{:?}", m);
}
// expect: {1: 12, 2: 44}
