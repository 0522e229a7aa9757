// Rustlings-style: capitalizing the first char with chars().next(), then mapping words and joining.
fn capitalize_first(input: &str) -> String {
    let mut c = input.chars();
    match c.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
    }
}

fn capitalize_words_vector(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| capitalize_first(w)).collect()
}

fn capitalize_words_string(words: &[&str]) -> String {
    words.iter().map(|w| capitalize_first(w)).collect::<Vec<String>>().join("")
}

fn main() {
    println!("{}", capitalize_first("hello"));
    println!("[{}]", capitalize_first(""));
    println!("{:?}", capitalize_words_vector(&["hello", "world"]));
    println!("{}", capitalize_words_string(&["hello", " ", "world"]));
}
// expect: Hello
// expect: []
// expect: ["Hello", "World"]
// expect: Hello World
