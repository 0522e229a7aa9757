// entry().and_modify().or_insert() to track min and max per key; printed through a sorted Vec of keys.
use std::collections::HashMap;

fn main() {
    let readings = "a=3 b=7 a=1 c=4 b=9 a=5";
    let mut range: HashMap<&str, (i32, i32)> = HashMap::new();
    for r in readings.split(' ') {
        let (k, v) = r.split_once('=').unwrap();
        let v: i32 = v.parse().unwrap();
        range
            .entry(k)
            .and_modify(|(lo, hi)| {
                *lo = (*lo).min(v);
                *hi = (*hi).max(v);
            })
            .or_insert((v, v));
    }
    let mut keys: Vec<_> = range.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {:?}", range[k]);
    }
}
// expect: a: (1, 5)
// expect: b: (7, 9)
// expect: c: (4, 4)
