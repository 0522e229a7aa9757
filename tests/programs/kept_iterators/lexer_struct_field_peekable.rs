// A Lexer struct keeps a `Peekable<Chars<'a>>` in a field: its methods peek and take chars through `self.chars`.
use std::iter::Peekable;
use std::str::Chars;

struct Lexer<'a> {
    chars: Peekable<Chars<'a>>,
}

impl<'a> Lexer<'a> {
    fn new(s: &'a str) -> Lexer<'a> {
        Lexer { chars: s.chars().peekable() }
    }

    fn skip_spaces(&mut self) {
        while self.chars.next_if_eq(&' ').is_some() {}
    }

    fn word(&mut self) -> Option<String> {
        self.skip_spaces();
        let mut w = String::new();
        while let Some(&c) = self.chars.peek() {
            if c == ' ' {
                break;
            }
            w.push(c);
            self.chars.next();
        }
        if w.is_empty() { None } else { Some(w) }
    }
}

fn main() {
    let mut lx = Lexer::new("  let x  = 5 ");
    while let Some(w) = lx.word() {
        println!("[{}]", w);
    }
    println!("{}", std::mem::size_of::<Lexer>());
}
// expect: [let]
// expect: [x]
// expect: [=]
// expect: [5]
// expect: 24
