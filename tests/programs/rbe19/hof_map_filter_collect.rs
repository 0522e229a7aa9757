// map, filter, fold and collect over a Vec of words.
fn main() {
    let words = vec!["apple", "bob", "kayak", "rust", "level"];
    let palindromes: Vec<&str> = words.iter().copied().filter(|w| w.chars().rev().collect::<String>() == *w).collect();
    println!("{:?}", palindromes);
    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("{:?}", lengths);
    let total = lengths.iter().fold(0, |acc, n| acc + n);
    println!("{}", total);
    let shout: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", shout.join("-"));
}
// expect: ["bob", "kayak", "level"]
// expect: [5, 3, 5, 4, 5]
// expect: 22
// expect: APPLE-BOB-KAYAK-RUST-LEVEL
