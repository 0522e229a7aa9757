// An employee directory: "Add NAME to DEPT" commands parsed into a HashMap<String, Vec<String>>, listed sorted.
use std::collections::HashMap;

fn main() {
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Bob",
        "Add Zoe to Sales",
        "Add Carl to Marketing",
    ];
    let mut dir: HashMap<String, Vec<String>> = HashMap::new();
    for cmd in commands.iter() {
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words.as_slice() {
            ["Add", name, "to", dept] => {
                dir.entry(dept.to_string()).or_insert_with(Vec::new).push(name.to_string());
            }
            _ => println!("unknown command: {}", cmd),
        }
    }
    let mut all: Vec<(String, Vec<String>)> = dir.into_iter().collect();
    all.sort();
    for (d, people) in &mut all {
        people.sort();
        println!("{}: {}", d, people.join(", "));
    }
}
// expect: unknown command: Remove Bob
// expect: Engineering: Bob, Sally
// expect: Marketing: Carl
// expect: Sales: Amir, Zoe
