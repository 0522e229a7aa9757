// Two maps are equal when they hold the same keys with equal values, whatever order they were inserted in; sets alike.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut a = HashMap::new();
    a.insert("x", 1);
    a.insert("y", 2);
    let mut b = HashMap::new();
    b.insert("y", 2);
    b.insert("x", 1);
    println!("{}", a == b);
    b.insert("x", 5);
    println!("{}", a == b);
    let s: HashSet<char> = HashSet::from(['a', 'b']);
    let t: HashSet<char> = HashSet::from(['b', 'a']);
    println!("{} {}", s == t, s != t);
}
// expect: true
// expect: false
// expect: true false
