// Pig latin: first consonant moves to the end with "ay", vowel words get "hay".
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if "aeiouAEIOU".contains(c) => format!("{word}-hay"),
        Some(c) => format!("{}-{}ay", chars.as_str(), c),
        None => String::new(),
    }
}

fn main() {
    let sentence = "first apple banana orange x";
    let out: Vec<String> = sentence.split(' ').map(pig_latin).collect();
    println!("{}", out.join(" "));
    println!("[{}]", pig_latin(""));
}
// expect: irst-fay apple-hay anana-bay orange-hay -xay
// expect: []
