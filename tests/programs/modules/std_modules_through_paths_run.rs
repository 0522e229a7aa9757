// Paths through std's modules that exist run: `std::f64::consts::PI`, `std::collections::hash_map::HashMap`, a group import with `self`.
use std::collections::{self, hash_map};
use std::fmt::{self, Display};

struct Tag(u8);

impl Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

fn main() {
    let mut m: hash_map::HashMap<u8, Tag> = collections::HashMap::new();
    m.insert(1, Tag(7));
    println!("{:.3} {}", std::f64::consts::PI, m[&1]);
    let v: std::vec::Vec<u8> = std::vec::Vec::new();
    println!("{}", v.len());
}
// expect: 3.142 #7
// expect: 0
