// BTreeMap::new allocates nothing: the root stays empty (None) until the first insert.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<String, u32> = BTreeMap::new();
    println!("{} {} {:?}", m.len(), m.is_empty(), m);
}
// expect: 0 true {}
