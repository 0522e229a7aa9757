// Exercism-style: anagrams of a word among candidates, compared by sorted lowercase chars, excluding the word itself.
fn sorted_letters(word: &str) -> Vec<char> {
    let mut letters: Vec<char> = word.to_lowercase().chars().collect();
    letters.sort_unstable();
    letters
}

fn anagrams_for<'a>(word: &str, possible_anagrams: &[&'a str]) -> Vec<&'a str> {
    let lower = word.to_lowercase();
    let key = sorted_letters(word);
    possible_anagrams
        .iter()
        .filter(|c| c.to_lowercase() != lower)
        .filter(|c| sorted_letters(c) == key)
        .copied()
        .collect()
}

fn main() {
    let inputs = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel"];
    println!("{:?}", anagrams_for("listen", &inputs));
    println!("{:?}", anagrams_for("LISTEN", &["Listen", "Silent"]));
    println!("{:?}", anagrams_for("diaper", &["hello", "world"]));
}
// expect: ["inlets", "silent", "tinsel"]
// expect: ["Silent"]
// expect: []
