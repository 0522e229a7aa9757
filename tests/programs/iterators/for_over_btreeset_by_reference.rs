// The accepted twin of for_over_mut_btreeset_e0277: a set walked through `&` yields `&T` in key order.
use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<i32> = BTreeSet::new();
    s.insert(3);
    s.insert(1);
    for x in &s {
        println!("{}", x);
    }
}
// expect: 1
// expect: 3
