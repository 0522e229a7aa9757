// Operation order (AoC 2020 day 18): a tokenizer into a Copy enum and a recursive evaluator over a slice with a `&mut usize` position.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
    Star,
    Open,
    Close,
}

fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for c in s.chars() {
        match c {
            ' ' => {}
            '+' => out.push(Token::Plus),
            '*' => out.push(Token::Star),
            '(' => out.push(Token::Open),
            ')' => out.push(Token::Close),
            d if d.is_ascii_digit() => out.push(Token::Num(d.to_digit(10).unwrap() as i64)),
            other => panic!("unexpected {}", other),
        }
    }
    out
}

fn operand(tokens: &[Token], pos: &mut usize) -> i64 {
    let t = tokens[*pos];
    *pos += 1;
    match t {
        Token::Num(n) => n,
        Token::Open => {
            let v = expr(tokens, pos);
            assert_eq!(tokens[*pos], Token::Close);
            *pos += 1;
            v
        }
        _ => panic!("bad token {:?}", t),
    }
}

fn expr(tokens: &[Token], pos: &mut usize) -> i64 {
    let mut acc = operand(tokens, pos);
    while *pos < tokens.len() && tokens[*pos] != Token::Close {
        let op = tokens[*pos];
        *pos += 1;
        let rhs = operand(tokens, pos);
        acc = match op {
            Token::Plus => acc + rhs,
            Token::Star => acc * rhs,
            _ => unreachable!(),
        };
    }
    acc
}

fn main() {
    let lines = ["1 + 2 * 3 + 4 * 5 + 6", "1 + (2 * 3) + (4 * (5 + 6))", "2 * 3 + (4 * 5)", "((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2"];
    let mut sum = 0;
    for l in lines.iter() {
        let toks = tokenize(l);
        let mut pos = 0;
        let v = expr(&toks, &mut pos);
        println!("{} = {}", l, v);
        sum += v;
    }
    println!("sum {}", sum);
}
// expect: 1 + 2 * 3 + 4 * 5 + 6 = 71
// expect: 1 + (2 * 3) + (4 * (5 + 6)) = 51
// expect: 2 * 3 + (4 * 5) = 26
// expect: ((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2 = 13632
// expect: sum 13780
