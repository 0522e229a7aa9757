// Classifying chars with range patterns and or-patterns: digits, vowels, letters, whitespace.
fn kind(c: char) -> &'static str {
    match c {
        '0'..='9' => "digit",
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' | 'A'..='Z' => "letter",
        ' ' | '\t' | '\n' => "space",
        _ => "other",
    }
}

fn main() {
    for c in "a1 Z?e".chars() {
        println!("{:?} {}", c, kind(c));
    }
}
// expect: 'a' vowel
// expect: '1' digit
// expect: ' ' space
// expect: 'Z' letter
// expect: '?' other
// expect: 'e' vowel
