// HashMap::remove and get_mut with a temporary key holding a reference: the key is only looked up, so the temporary may die at the statement's end.
use std::collections::HashMap;

#[derive(PartialEq, Eq, Hash, Debug)]
struct Name<'a> {
    first: &'a str,
}

fn main() {
    let text = String::from("ann bo");
    let mut m = HashMap::new();
    m.insert(Name { first: &text[..3] }, 1);
    m.insert(Name { first: &text[4..] }, 2);
    if let Some(n) = m.get_mut(&Name { first: "bo" }) {
        *n += 10;
    }
    println!("{:?}", m.remove(&Name { first: "ann" }));
    println!("{:?}", m.get(&Name { first: "bo" }));
    println!("{}", m.len());
}
// expect: Some(1)
// expect: Some(12)
// expect: 1
