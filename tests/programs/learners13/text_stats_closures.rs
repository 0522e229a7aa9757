// A text statistics tool: word count, longest word, average length and letter frequency by closures and chains.
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("words: {}", words.len());
    let longest = words.iter().fold("", |best, w| if w.len() > best.len() { w } else { best });
    println!("longest: {}", longest);
    let total_len: usize = words.iter().map(|w| w.len()).sum();
    println!("average length: {:.2}", total_len as f64 / words.len() as f64);

    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut common: Vec<(&str, usize)> = freq.into_iter().filter(|&(_, n)| n > 1).collect();
    common.sort();
    println!("repeated: {:?}", common);

    let is_vowel = |c: &char| "aeiou".contains(*c);
    let vowels = text.chars().filter(is_vowel).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    println!("vowels {} of {} letters", vowels, letters);

    let capitalized: Vec<String> = words
        .iter()
        .take(4)
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect();
    println!("{:?}", capitalized);
}
// expect: words: 11
// expect: longest: quick
// expect: average length: 3.73
// expect: repeated: [("the", 3)]
// expect: vowels 13 of 41 letters
// expect: ["The", "Quick", "Brown", "Fox"]
