// HashSet::insert returns whether the value was new; a duplicate is dropped and the set's length stays.
use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    println!("{}", seen.insert(4));
    println!("{}", seen.insert(9));
    println!("{}", seen.insert(4));
    println!("{}", seen.len());
}
// expect: true
// expect: true
// expect: false
// expect: 2
