// A BTreeSet of `Reverse` keys keeps them largest first.
use std::cmp::Reverse;
use std::collections::BTreeSet;
fn main() {
    let mut s = BTreeSet::new();
    s.insert(Reverse(3));
    s.insert(Reverse(9));
    s.insert(Reverse(1));
    println!("{:?}", s);
}
// expect: {Reverse(9), Reverse(3), Reverse(1)}
