// The book's Pig Latin exercise: a Chars iterator's first char taken with next, the rest read back with as_str.
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = match chars.next() {
        Some(c) => c,
        None => return String::new(),
    };
    if "aeiou".contains(first.to_ascii_lowercase()) {
        format!("{}-hay", word)
    } else {
        format!("{}-{}ay", chars.as_str(), first)
    }
}

fn main() {
    let text = "first apple banana";
    let converted: Vec<String> = text.split_whitespace().map(pig_latin).collect();
    println!("{}", converted.join(" "));
}
// expect: irst-fay apple-hay anana-bay
