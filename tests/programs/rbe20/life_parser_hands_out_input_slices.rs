// A Parser<'a> whose next_word returns &'a str slices of its input, so the words outlive the &mut borrows of the parser.
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
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trimmed.len());
        let end = rest_trimmed.find(' ').map(|i| start + i).unwrap_or(self.input.len());
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
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("{}", longest);
}
// expect: ["the", "quick", "brown", "fox"]
// expect: brown
