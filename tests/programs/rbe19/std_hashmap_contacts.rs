// HashMap of contacts: insert, get with match, remove, and a sorted listing.
use std::collections::HashMap;

fn call(number: &str) -> &str {
    match number {
        "798-1364" => "We're sorry, the call cannot be completed as dialed. Please hang up and try again.",
        "645-7689" => "Hello, this is Mr. Awesome's Pizza. My name is Fred. What can I get for you today?",
        _ => "Hi! Who is this again?",
    }
}

fn main() {
    let mut contacts = HashMap::new();
    contacts.insert("Daniel", "798-1364");
    contacts.insert("Ashley", "645-7689");
    contacts.insert("Katie", "435-8291");
    contacts.insert("Robert", "956-1745");
    match contacts.get(&"Daniel") {
        Some(&number) => println!("Calling Daniel: {}", call(number)),
        _ => println!("Don't have Daniel's number."),
    }
    let old = contacts.insert("Daniel", "164-6743");
    println!("{:?}", old);
    match contacts.get(&"Ashley") {
        Some(&number) => println!("Calling Ashley: {}", call(number)),
        _ => println!("Don't have Ashley's number."),
    }
    contacts.remove(&"Ashley");
    let mut all: Vec<_> = contacts.iter().collect();
    all.sort();
    for (contact, &number) in all {
        println!("Calling {}: {}", contact, call(number));
    }
}
// expect: Calling Daniel: We're sorry, the call cannot be completed as dialed. Please hang up and try again.
// expect: Some("798-1364")
// expect: Calling Ashley: Hello, this is Mr. Awesome's Pizza. My name is Fred. What can I get for you today?
// expect: Calling Daniel: Hi! Who is this again?
// expect: Calling Katie: Hi! Who is this again?
// expect: Calling Robert: Hi! Who is this again?
