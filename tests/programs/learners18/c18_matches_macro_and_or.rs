// matches! with or-patterns and guards, and nested Option<Result> matching.
#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

fn main() {
    let toks = vec![Token::LParen, Token::Num(3), Token::Op('+'), Token::Num(-4), Token::RParen];
    let ops = toks.iter().filter(|t| matches!(t, Token::Op('+' | '-'))).count();
    let negs = toks.iter().filter(|t| matches!(t, Token::Num(n) if *n < 0)).count();
    let parens = toks.iter().filter(|t| matches!(t, Token::LParen | Token::RParen)).count();
    println!("{ops} {negs} {parens}");
    let inputs: Vec<Option<Result<i32, String>>> = vec![Some(Ok(1)), Some(Err("bad".into())), None];
    for i in &inputs {
        match i {
            Some(Ok(n)) if *n > 0 => println!("positive {n}"),
            Some(Ok(n)) => println!("non-positive {n}"),
            Some(Err(e)) => println!("error {e}"),
            None => println!("missing"),
        }
    }
    println!("{:?}", toks[1]);
}
// expect: 1 1 2
// expect: positive 1
// expect: error bad
// expect: missing
// expect: Num(3)
