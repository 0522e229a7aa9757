// `Chars::as_str` after `next()`: the text not walked yet, a `&str` into the same bytes (the pig-latin and capitalising idioms), borrowing the word, not the iterator.
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if "aeiou".contains(c) => format!("{}-hay", word),
        Some(c) => format!("{}-{}ay", chars.as_str(), c),
        None => String::new(),
    }
}

fn main() {
    for w in ["first", "apple", "rust", ""] {
        println!("{}", pig_latin(w));
    }
    let text = "the cat sat on the mat";
    let capitalized: Vec<String> = text
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect();
    println!("{}", capitalized.join(" "));
}
// expect: irst-fay
// expect: apple-hay
// expect: ust-ray
// expect:
// expect: The Cat Sat On The Mat
