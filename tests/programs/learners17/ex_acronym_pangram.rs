// Exercism-style: acronyms from words split on spaces and hyphens (camelCase letters kept), and a pangram check.
fn abbreviate(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .flat_map(|word| {
            word.chars().take(1).chain(
                word.chars()
                    .skip_while(|c| c.is_uppercase())
                    .filter(|c| c.is_uppercase()),
            )
        })
        .collect::<String>()
        .to_uppercase()
}

fn is_pangram(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    ('a'..='z').all(|c| lower.contains(c))
}

fn main() {
    for p in ["Portable Network Graphics", "Ruby on Rails", "HyperText Markup Language", "Complementary metal-oxide semiconductor", "The Road _Not_ Taken"] {
        println!("{}", abbreviate(p));
    }
    println!("{}", is_pangram("The quick brown fox jumps over the lazy dog"));
    println!("{}", is_pangram("a quick movement of the enemy will jeopardize five gunboats"));
}
// expect: PNG
// expect: ROR
// expect: HTML
// expect: CMOS
// expect: TRNT
// expect: true
// expect: false
