// A BTreeMap and a BTreeSet keyed by `&str` take `"b".."g"` as their range: T is the key type `&str` itself (std's `Range<&T>` needs T sized, so T = str is out).
use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut m: BTreeMap<&str, u32> = BTreeMap::new();
    for (i, w) in ["pear", "apple", "fig", "kiwi", "date"].iter().enumerate() {
        m.insert(w, i as u32);
    }
    println!("{:?}", m.range("b".."g").collect::<Vec<_>>());
    println!("{:?}", m.range("fig"..="kiwi").map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", m.range(.."date").count());
    let s: BTreeSet<&str> = m.keys().copied().collect();
    println!("{:?}", s.range("e"..).collect::<Vec<_>>());
}
// expect: [("date", 4), ("fig", 2)]
// expect: ["fig", "kiwi"]
// expect: 1
// expect: ["fig", "kiwi", "pear"]
