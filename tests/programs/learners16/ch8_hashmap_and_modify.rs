// entry().and_modify(|v| *v += 1).or_insert(1) counting letters, then the top letters listed in order.
use std::collections::HashMap;

fn main() {
    let mut letters: HashMap<char, u32> = HashMap::new();
    for ch in "mississippi".chars() {
        letters.entry(ch).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut v: Vec<(char, u32)> = letters.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", v);
}
// expect: [('i', 4), ('s', 4), ('p', 2), ('m', 1)]
