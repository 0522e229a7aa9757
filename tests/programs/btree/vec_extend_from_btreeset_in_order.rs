// Vec::extend(a BTreeSet) moves the elements in sorted order.
use std::collections::BTreeSet;

fn main() {
    let set = BTreeSet::from([30, 10, 20]);
    let mut v = vec![1];
    v.extend(set);
    println!("{:?} {}", v, v.capacity());
}
// expect: [1, 10, 20, 30] 4
