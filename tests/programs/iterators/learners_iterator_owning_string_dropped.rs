// A learner's iterator that owns a String is dropped when the chain is done: take(2) stops early, then the words are freed.
struct Words {
    text: String,
    at: usize,
}
impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        let rest = &self.text[self.at..];
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(' ').unwrap_or(rest.len());
        let word = rest[..end].to_string();
        self.at += (end + 1).min(rest.len());
        Some(word)
    }
}
fn main() {
    let words = Words { text: String::from("one two three"), at: 0 };
    let firsts: Vec<String> = words.take(2).collect();
    println!("{:?}", firsts);
}
// expect: ["one", "two"]
