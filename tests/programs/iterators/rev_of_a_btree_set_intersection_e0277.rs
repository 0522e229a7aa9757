// A BTreeSet's intersection walks both sets one way only: `.rev()` of it (even behind a map) is E0277, as rustc.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = (0..5).collect();
    let b: BTreeSet<i32> = (3..9).collect();
    let both: Vec<i32> = a.intersection(&b).map(|x| x * 10).rev().collect();
    println!("{:?}", both);
}
// error: E0277 at 7:61
