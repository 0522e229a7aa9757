// `String::from` named as a value turns each `&str` into a String with its own heap buffer.
fn main() {
    let names: Vec<String> = ["ann", "bo"].iter().copied().map(String::from).collect();
    println!("{:?}", names);
}
// expect: ["ann", "bo"]
