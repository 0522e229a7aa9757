// HashSet<String>::extend drops a String whose equal is already in the set, keeping the first.
use std::collections::HashSet;
fn main() {
    let mut s: HashSet<String> = HashSet::new();
    s.insert(String::from("a"));
    s.extend(vec![String::from("a"), String::from("b")]);
    println!("{}", s.len());
}
// expect: 2
