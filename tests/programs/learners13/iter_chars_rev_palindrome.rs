// Palindromes with chars().rev(), filter of alphanumerics and a closure helper returning a String.
fn main() {
    let clean = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect() };
    let tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"];
    for t in tests.iter() {
        let c = clean(t);
        let rev: String = c.chars().rev().collect();
        println!("{:?} -> {:?} palindrome: {}", t, c, c == rev);
    }
    let word = "stressed";
    println!("{} reversed is {}", word, word.chars().rev().collect::<String>());
}
// expect: "racecar" -> "racecar" palindrome: true
// expect: "A man, a plan, a canal: Panama" -> "amanaplanacanalpanama" palindrome: true
// expect: "hello" -> "hello" palindrome: false
// expect: "No 'x' in Nixon" -> "noxinnixon" palindrome: true
// expect: stressed reversed is desserts
