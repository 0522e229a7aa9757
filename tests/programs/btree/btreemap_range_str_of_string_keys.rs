// `range::<str, _>` over String keys, with `(Bound<&str>, Bound<&str>)` (the form std takes for the unsized `str`), compares the keys as text without making Strings.
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Included};

fn main() {
    let mut m = BTreeMap::new();
    for w in ["apple", "banana", "blueberry", "cherry"] {
        m.insert(w.to_string(), w.len());
    }
    for (k, v) in m.range::<str, _>((Included("b"), Excluded("c"))) {
        println!("{k} {v}");
    }
}
// expect: banana 6
// expect: blueberry 9
