// Exercism-style: an isogram check ignoring hyphens and spaces, with a HashSet's insert result.
use std::collections::HashSet;

fn check(candidate: &str) -> bool {
    let mut seen = HashSet::new();
    candidate
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| seen.insert(c))
}

fn main() {
    for w in ["", "isogram", "eleven", "subdermatoglyphic", "Alphabet", "six-year-old", "Emily Jung Schwartzkopf", "accentor"] {
        println!("{:?} {}", w, check(w));
    }
}
// expect: "" true
// expect: "isogram" true
// expect: "eleven" false
// expect: "subdermatoglyphic" true
// expect: "Alphabet" false
// expect: "six-year-old" true
// expect: "Emily Jung Schwartzkopf" true
// expect: "accentor" false
