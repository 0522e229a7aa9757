// Inserting a key type that does not derive Hash and Eq into a HashMap is E0277 (the bounds of insert).
use std::collections::HashMap;

struct Account {
    username: String,
}

fn main() {
    let mut accounts = HashMap::new();
    accounts.insert(Account { username: String::from("j") }, 1);
    println!("{}", accounts.len());
}
// error: E0277 at 10:14
