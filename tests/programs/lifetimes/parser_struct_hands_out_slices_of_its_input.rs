// A parser struct holding `&'a str` hands out `Option<&'a str>` from a `&mut self` method: the words outlive each call and are kept in a Vec while the parser keeps going.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - trimmed.len());
        let end = match trimmed.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }
}

fn main() {
    let text = String::from("  the quick  brown fox ");
    let mut p = Parser::new(&text);
    let mut words = Vec::new();
    while let Some(w) = p.next_word() {
        words.push(w);
    }
    println!("{:?}", words);
}
// expect: ["the", "quick", "brown", "fox"]
