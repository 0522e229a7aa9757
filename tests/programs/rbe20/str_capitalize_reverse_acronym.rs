// Capitalizing words (to_uppercase of the first char + as_str of the rest), reversing word order and chars, and an acronym by filter_map.
fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn main() {
    let sentence = "the rust programming language";
    let title: Vec<String> = sentence.split(' ').map(capitalize).collect();
    println!("{}", title.join(" "));
    let reversed: String = sentence.split_whitespace().rev().collect::<Vec<&str>>().join(" ");
    println!("{}", reversed);
    let backwards: String = sentence.chars().rev().collect();
    println!("{}", backwards);
    let acronym: String = sentence.split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", acronym);
}
// expect: The Rust Programming Language
// expect: language programming rust the
// expect: egaugnal gnimmargorp tsur eht
// expect: TRPL
