// The book's company-directory exercise: commands matched as slice patterns of words, departments kept in a HashMap of Vecs and printed sorted.
use std::collections::HashMap;

fn main() {
    let commands = vec!["Add Sally to Engineering", "Add Amir to Sales", "Add Bob to Engineering", "Add Zed to Sales"];
    let mut company: HashMap<String, Vec<String>> = HashMap::new();
    for cmd in &commands {
        let words: Vec<&str> = cmd.split(' ').collect();
        if let ["Add", name, "to", dept] = words.as_slice() {
            company.entry(dept.to_string()).or_insert_with(Vec::new).push(name.to_string());
        }
    }
    let mut depts: Vec<&String> = company.keys().collect();
    depts.sort();
    for d in depts {
        let mut people = company[d].clone();
        people.sort();
        println!("{}: {}", d, people.join(", "));
    }
}
// expect: Engineering: Bob, Sally
// expect: Sales: Amir, Zed
// heap: skip the map's department Strings and their Vecs are freed in its bucket order, which std's random seed changes from run to run
