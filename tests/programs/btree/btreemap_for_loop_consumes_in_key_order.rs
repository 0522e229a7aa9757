// A for loop over the map itself moves each entry out in key order; leaving the loop early drops the rest and frees the nodes.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in (0..25).rev() {
        m.insert(k, k.to_string());
    }
    for (k, v) in m {
        if k == 15 {
            break;
        }
        println!("{k} {v}");
    }
}
// expect: 0 0
// expect: 1 1
// expect: 2 2
// expect: 3 3
// expect: 4 4
// expect: 5 5
// expect: 6 6
// expect: 7 7
// expect: 8 8
// expect: 9 9
// expect: 10 10
// expect: 11 11
// expect: 12 12
// expect: 13 13
// expect: 14 14
