// std has no IntoIterator for `&mut BTreeSet` (nor `&mut HashSet`): a set's elements cannot be changed in place, so `for x in &mut s` is rustc's E0277 (the engine ran it).
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<i32> = BTreeSet::new();
    s.insert(1);
    for x in &mut s {
        println!("{}", x);
    }
}
// error: E0277 at 7:14
