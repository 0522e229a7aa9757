// Vec::extend(a HashSet) moves the set's elements into the Vec (hashbrown's IntoIter is not TrustedLen: the Vec grows by its exact hint), then frees the set's table.
use std::collections::HashSet;

fn main() {
    let seen: HashSet<String> = ["bb", "aa", "cc"].iter().map(|s| s.to_string()).collect();
    let mut names: Vec<String> = Vec::new();
    names.extend(seen);
    names.sort();
    println!("{:?}", names);
}
// expect: ["aa", "bb", "cc"]
