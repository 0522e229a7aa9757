// matches! with a range and a guard counting items of a Vec.
#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
    Space,
}

fn main() {
    let toks = vec![Token::Num(3), Token::Space, Token::Op('+'), Token::Num(40), Token::Op('*')];
    let nums = toks.iter().filter(|t| matches!(t, Token::Num(_))).count();
    let big = toks.iter().filter(|t| matches!(t, Token::Num(n) if *n > 10)).count();
    let ops = toks.iter().filter(|t| matches!(t, Token::Op('+' | '-'))).count();
    println!("{} {} {}", nums, big, ops);
    println!("{}", matches!('q', 'a'..='z'));
    println!("{:?}", toks.last());
}
// expect: 2 1 1
// expect: true
// expect: Some(Op('*'))
