// A map chain collected into a BTreeMap<String, usize>: the Strings move into the tree's node, the Vec std sorted them in is freed after.
use std::collections::BTreeMap;

fn main() {
    let words = vec!["pear", "fig", "apple"];
    let lens: BTreeMap<String, usize> = words.iter().map(|w| (w.to_string(), w.len())).collect();
    for (w, n) in &lens {
        println!("{w}: {n}");
    }
}
// expect: apple: 5
// expect: fig: 3
// expect: pear: 4
