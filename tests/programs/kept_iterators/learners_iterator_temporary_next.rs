// A learner's iterator made in the statement that calls its `next` borrows nothing of itself when its `Item` is `&'a str`: the word outlives the temporary `Words`.
struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let (word, rest) = match self.rest.find(' ') {
            Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
            None => (self.rest, ""),
        };
        self.rest = rest;
        Some(word)
    }
}

fn main() {
    let text = String::from("ab cd ef");
    let first = Words { rest: &text }.next();
    println!("{:?} {}", first, Words { rest: &text }.count());
}
// expect: Some("ab") 3
