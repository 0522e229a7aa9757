// remove takes the entry out and returns its value; the allocation keeps its size.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(1, String::from("one"));
    m.insert(2, String::from("two"));
    let gone = m.remove(&1);
    println!("{:?} {:?}", gone, m.remove(&1));
    println!("{} {}", m.len(), m.capacity());
}
// expect: Some("one") None
// expect: 1 3
