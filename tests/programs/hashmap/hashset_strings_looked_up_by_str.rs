// A HashSet<String> answers contains and remove for a &str, since String borrows as str.
use std::collections::HashSet;

fn main() {
    let mut guests: HashSet<String> = HashSet::new();
    guests.insert(String::from("Ann"));
    guests.insert(String::from("Bob"));
    let again = guests.insert(String::from("Ann"));
    println!("{} {} {}", again, guests.contains("Bob"), guests.remove("Ann"));
    println!("{} {}", guests.len(), guests.contains("Ann"));
}
// expect: false true true
// expect: 1 false
