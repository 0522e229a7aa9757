// Building a Vec<String> with push, then joining it into one String.
fn main() {
    let mut words: Vec<String> = Vec::new();
    words.push(String::from("hello"));
    words.push("world".to_string());
    let joined = words.join(" ");
    println!("{} ({} words)", joined, words.len());
}
// expect: hello world (2 words)
