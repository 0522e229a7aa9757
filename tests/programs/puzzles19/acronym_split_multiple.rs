// Acronyms: split on several separator chars with a closure, take the first letter of each non-empty word.
fn acronym(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn main() {
    println!("{}", acronym("Portable Network Graphics"));
    println!("{}", acronym("Complementary metal-oxide semiconductor"));
    println!("{}", acronym("The Road _Not_ Taken"));
}
// expect: PNG
// expect: CMOS
// expect: TRNT
