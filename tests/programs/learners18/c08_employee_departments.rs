// "Add Sally to Engineering": commands parsed into a HashMap<String, Vec<String>>, listed sorted.
use std::collections::HashMap;

fn main() {
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Bob",
        "Add Alice to Engineering",
        "Add Zed to Sales",
    ];
    let mut company: HashMap<String, Vec<String>> = HashMap::new();
    for cmd in commands {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words.as_slice() {
            ["Add", name, "to", dept] => {
                company.entry(dept.to_string()).or_default().push(name.to_string());
            }
            [verb, rest @ ..] => println!("unknown command {verb} with {} words", rest.len()),
            [] => {}
        }
    }
    let mut depts: Vec<&String> = company.keys().collect();
    depts.sort();
    for d in depts {
        let mut people = company[d].clone();
        people.sort();
        println!("{d}: {}", people.join(", "));
    }
    let mut everyone: Vec<String> = company.values().flatten().cloned().collect();
    everyone.sort_unstable();
    println!("{everyone:?}");
}
// expect: unknown command Remove with 1 words
// expect: Engineering: Alice, Bob, Sally
// expect: Sales: Amir, Zed
// expect: ["Alice", "Amir", "Bob", "Sally", "Zed"]
// heap: skip the HashMap drops its String keys and values in hash order
