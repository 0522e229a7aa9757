// Pig latin: consonant-first words move the first letter and add "ay", vowel-first words add "hay".
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if "aeiouAEIOU".contains(c) => format!("{}-hay", word),
        Some(c) => format!("{}-{}ay", chars.as_str(), c),
        None => String::new(),
    }
}

fn main() {
    let sentence = "first apple banana eat";
    let out: Vec<String> = sentence.split_whitespace().map(pig_latin).collect();
    println!("{}", out.join(" "));
    println!("{:?}", pig_latin(""));
}
// expect: irst-fay apple-hay anana-bay eat-hay
// expect: ""
