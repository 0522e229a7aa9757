// A cursor struct over `&'a str` returns words with the input's lifetime, so they outlive the cursor.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor { rest: text }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let (word, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

fn main() {
    let text = String::from("  the quick  brown fox ");
    let mut words = Vec::new();
    {
        let mut c = Cursor::new(&text);
        while let Some(w) = c.next_word() {
            words.push(w);
        }
    }
    println!("{:?}", words);
}
// expect: ["the", "quick", "brown", "fox"]
