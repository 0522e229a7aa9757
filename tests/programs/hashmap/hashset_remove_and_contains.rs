// remove says whether the value was there; contains checks membership.
use std::collections::HashSet;

fn main() {
    let mut open: HashSet<u32> = HashSet::new();
    open.insert(80);
    open.insert(443);
    println!("{} {}", open.remove(&80), open.remove(&22));
    println!("{} {}", open.contains(&80), open.contains(&443));
}
// expect: true false
// expect: false true
