// Cloning an enum clones the active variant's String into a new heap cell; the original keeps its own.
#[derive(Debug, Clone)]
enum Token {
    Word(String),
    Number(i64),
}

fn main() {
    let a = Token::Word(String::from("rust"));
    let b = a.clone();
    let c = Token::Number(7);
    let d = c.clone();
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
}
// expect: Word("rust") Word("rust") Number(7) Number(7)
