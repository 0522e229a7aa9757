// `Vec::new` named as a value is what `or_insert_with` calls when the key is missing.
use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<u8, Vec<&str>> = HashMap::new();
    for w in ["apple", "avocado", "banana"] {
        groups.entry(w.as_bytes()[0]).or_insert_with(Vec::new).push(w);
    }
    println!("{:?} {:?}", groups[&b'a'], groups[&b'b']);
}
// expect: ["apple", "avocado"] ["banana"]
