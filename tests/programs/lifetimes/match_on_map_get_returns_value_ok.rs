// A value matched out of `map.get(&k)` borrows the map, not the key: returning it from a function taking the key by value runs.
use std::collections::HashMap;

fn lookup(map: &HashMap<u32, String>, k: u32) -> Option<&String> {
    match map.get(&k) {
        Some(v) => Some(v),
        None => None,
    }
}

fn prefix_of<'a>(line: &'a str, tag: String) -> &'a str {
    if let Some(rest) = line.strip_prefix(&tag) {
        return rest;
    }
    line
}

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("one"));
    println!("{:?} {:?}", lookup(&m, 1), lookup(&m, 2));
    println!("{}", prefix_of("id:42", String::from("id:")));
}
// expect: Some("one") None
// expect: 42
