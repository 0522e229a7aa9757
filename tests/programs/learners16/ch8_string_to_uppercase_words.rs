// Capitalizing each word: first char to_uppercase collected with the rest.
fn capitalize(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        None => String::new(),
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
    }
}

fn main() {
    let title: Vec<String> = "the rust programming language".split(' ').map(capitalize).collect();
    println!("{}", title.join(" "));
}
// expect: The Rust Programming Language
