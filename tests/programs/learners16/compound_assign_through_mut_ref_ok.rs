// `*i += 50` through each `&mut` of a Vec and `*count += 1` through or_insert's `&mut`: the deref written, accepted.
use std::collections::BTreeMap;

fn main() {
    let mut v = vec![1, 2];
    for i in &mut v {
        *i += 50;
    }
    let mut counts = BTreeMap::new();
    for w in "a b a".split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut s = String::from("x");
    let t = &mut s;
    *t += "y";
    println!("{:?} {:?} {}", v, counts, s);
}
// expect: [51, 52] {"a": 2, "b": 1} xy
