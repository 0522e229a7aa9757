// Derived PartialEq compares enum variants and their payloads with `==` and `!=`.
#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Word(String),
    End,
}

fn main() {
    let a = Token::Num(3);
    let b = Token::Word(String::from("hi"));
    println!("{}", a == Token::Num(3));
    println!("{}", a != Token::Num(4));
    println!("{}", b == Token::Word(String::from("hi")));
    println!("{}", b == Token::End);
    let tokens = vec![Token::Num(1), Token::End];
    println!("{}", tokens.contains(&Token::End));
}
// expect: true
// expect: true
// expect: true
// expect: false
// expect: true
