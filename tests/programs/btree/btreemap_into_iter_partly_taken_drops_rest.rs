// BTreeMap::into_iter in a chain that stops early (take): the entries not taken are dropped and the nodes freed when the iterator is.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for i in 0..15 {
        m.insert(i, format!("v{}", i));
    }
    let firsts: Vec<String> = m.into_iter().map(|(k, v)| format!("{}={}", k, v)).take(3).collect();
    println!("{:?}", firsts);
    let mut s = std::collections::BTreeSet::new();
    s.insert(3);
    s.insert(1);
    for x in s.into_iter().rev() {
        println!("{}", x);
    }
}
// expect: ["0=v0", "1=v1", "2=v2"]
// expect: 3
// expect: 1
