// BTreeSet<String>::range with String bounds: the names from "b" up to, not including, "d".
use std::collections::BTreeSet;

fn main() {
    let names: BTreeSet<String> = ["dan", "bea", "al", "cy", "bob"].iter().map(|s| s.to_string()).collect();
    let mid: Vec<&String> = names.range(String::from("b")..String::from("d")).collect();
    println!("{:?}", mid);
}
// expect: ["bea", "bob", "cy"]
