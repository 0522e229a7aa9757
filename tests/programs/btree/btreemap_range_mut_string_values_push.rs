// range_mut over String values lets each be grown in place (its buffer reallocated where it lies in the node).
use std::collections::BTreeMap;

fn main() {
    let mut notes: BTreeMap<char, String> = BTreeMap::new();
    for (i, c) in "abcd".chars().enumerate() {
        notes.insert(c, i.to_string());
    }
    for (key, text) in notes.range_mut('b'..='c') {
        text.push(*key);
        text.push_str("!!");
    }
    println!("{:?}", notes);
}
// expect: {'a': "0", 'b': "1b!!", 'c': "2c!!", 'd': "3"}
