// entry().or_default() starts an empty Vec the first time a key is seen; the groups come out in key order.
use std::collections::BTreeMap;

fn main() {
    let words = ["banana", "avocado", "blueberry", "cherry", "apple"];
    let mut by_length: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in words {
        by_length.entry(w.len()).or_default().push(w);
    }
    for (length, group) in &by_length {
        println!("{length}: {group:?}");
    }
}
// expect: 5: ["apple"]
// expect: 6: ["banana", "cherry"]
// expect: 7: ["avocado"]
// expect: 9: ["blueberry"]
