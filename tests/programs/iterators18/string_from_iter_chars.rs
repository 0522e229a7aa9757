// String::from_iter by its path is std's FromIterator, what collect calls: an array of chars, a Vec of &str, a chain of chars.
fn main() {
    let word = String::from_iter(['r', 'u', 's', 't']);
    let joined = String::from_iter(vec!["ab", "cd", "ef"]);
    let shout = String::from_iter("quiet".chars().map(|c| c.to_ascii_uppercase()));
    println!("{} {} {}", word, joined, shout);
    println!("{} {}", word.len(), joined.capacity() >= 6);
}
// expect: rust abcdef QUIET
// expect: 4 true
