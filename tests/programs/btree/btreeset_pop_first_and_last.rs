// A BTreeSet's pop_first and pop_last take its smallest and largest values out.
use std::collections::BTreeSet;

fn main() {
    let mut s = BTreeSet::new();
    for n in [40, 10, 30, 20] {
        s.insert(n);
    }
    println!("{:?} {:?} {:?}", s.pop_first(), s.pop_last(), s);
    println!("{:?} {:?} {}", s.first(), s.last(), s.len());
}
// expect: Some(10) Some(40) {20, 30}
// expect: Some(20) Some(30) 2
