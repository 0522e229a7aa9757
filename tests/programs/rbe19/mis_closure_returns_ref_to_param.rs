// A closure returning a reference it was given keeps the borrow; printing both works.
fn main() {
    let words = vec![String::from("alpha"), String::from("be")];
    let longest = |a: &String, b: &String| a.len().max(b.len());
    println!("{}", longest(&words[0], &words[1]));
    let first = words.first().map(|w| w.as_str()).unwrap_or("");
    println!("{} {}", first, words.len());
}
// expect: 5
// expect: alpha 2
