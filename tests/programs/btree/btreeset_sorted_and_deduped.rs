// A BTreeSet stores each value once, in order.
use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    for n in [5, 1, 9, 1, 5, 3] {
        s.insert(n);
    }
    println!("{:?} {} {}", s, s.len(), s.contains(&9));
    println!("{:?} {:?}", s.first(), s.last());
}
// expect: {1, 3, 5, 9} 4 true
// expect: Some(1) Some(9)
