// BTreeSet::remove of a temporary key holding a reference (a struct with a lifetime): the key is borrowed for the call only, never kept in the set, so no E0716.
use std::collections::BTreeSet;

#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
struct K<'a> {
    v: i32,
    c: &'a char,
}

fn main() {
    let c = 'x';
    let mut s = BTreeSet::new();
    s.insert(K { v: 3, c: &c });
    s.insert(K { v: 1, c: &c });
    println!("{}", s.remove(&K { v: 3, c: &c }));
    println!("{}", s.contains(&K { v: 1, c: &c }));
    println!("{:?}", s);
}
// expect: true
// expect: true
// expect: {K { v: 1, c: 'x' }}
