// A tokenizer over char_indices().peekable(): numbers accumulated while peek sees digits, identifiers sliced from the source as &str in an enum with a lifetime.
#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Ident(&'a str),
    Num(i64),
    Sym(char),
}

fn lex(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap() as i64;
            while let Some(&(_, d)) = chars.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v as i64;
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || d == '_' {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Ident(&src[i..end]));
        } else {
            out.push(Tok::Sym(c));
        }
    }
    out
}

fn main() {
    let toks = lex("let x_1 = 42 + foo(7);");
    for t in &toks {
        println!("{:?}", t);
    }
    println!("{}", toks.iter().filter(|t| matches!(t, Tok::Sym(_))).count());
}
// expect: Ident("let")
// expect: Ident("x_1")
// expect: Sym('=')
// expect: Num(42)
// expect: Sym('+')
// expect: Ident("foo")
// expect: Sym('(')
// expect: Num(7)
// expect: Sym(')')
// expect: Sym(';')
// expect: 5
