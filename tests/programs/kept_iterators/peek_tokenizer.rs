// A tokenizer over a kept `s.chars().peekable()`: `peek` looks at the next char without taking it, digits are gathered into numbers.
#[derive(Debug)]
enum Token {
    Num(u32),
    Op(char),
}

fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut n = 0;
            while let Some(&d) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v;
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Num(n));
        } else if c == ' ' {
            chars.next();
        } else {
            tokens.push(Token::Op(c));
            chars.next();
        }
    }
    tokens
}

fn main() {
    let tokens = tokenize("12 + 3*45");
    println!("{:?}", tokens);
}
// expect: [Num(12), Op('+'), Num(3), Op('*'), Num(45)]
