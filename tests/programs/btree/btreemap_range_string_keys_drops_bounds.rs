// BTreeMap<String, _>::range with String bounds: the range owns them and frees them when range returns, before the walk.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for w in ["kiwi", "apple", "mango", "fig", "lime"] {
        m.insert(w.to_string(), w.len());
    }
    for (w, n) in m.range(String::from("f")..String::from("m")) {
        println!("{w} {n}");
    }
}
// expect: fig 3
// expect: kiwi 4
// expect: lime 4
