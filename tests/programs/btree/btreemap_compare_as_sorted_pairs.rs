// Two BTreeMaps compare entry by entry in key order: equal whatever the insertion order, ordered by their first difference.
use std::collections::BTreeMap;

fn main() {
    let mut a = BTreeMap::new();
    a.insert(1, 'x');
    a.insert(2, 'y');
    let mut b = BTreeMap::new();
    b.insert(2, 'y');
    b.insert(1, 'x');
    let mut c = a.clone();
    c.insert(2, 'z');
    println!("{} {} {}", a == b, a < c, c > b);
}
// expect: true true true
