// A learner's iterator struct holding a &str hands out slices of it that outlive the iterator.
struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
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
    let kept: Vec<&str>;
    {
        let words = Words { rest: &text };
        kept = words.filter(|w| w.len() > 3).collect();
    }
    println!("{:?}", kept);
}
// expect: ["quick", "brown"]
