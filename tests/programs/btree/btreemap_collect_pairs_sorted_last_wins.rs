// Collecting pairs into a BTreeMap sorts them by key and keeps the last value of a repeated key, as std's bulk build does.
use std::collections::BTreeMap;

fn main() {
    let v = vec![(3, 'c'), (1, 'a'), (3, 'z'), (2, 'b')];
    let m: BTreeMap<i32, char> = v.into_iter().collect();
    println!("{:?}", m);
    println!("{}", m.len());
}
// expect: {1: 'a', 2: 'b', 3: 'z'}
// expect: 3
