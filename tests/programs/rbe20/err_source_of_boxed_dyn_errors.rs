// source() called on Box<dyn Error> values: one boxed from a ParseIntError by ?, one from a String, one from the learner's error wrapping another.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Outer(Box<dyn Error>);

impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "outer")
    }
}

impl Error for Outer {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(self.0.as_ref())
    }
}

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    Ok(s.parse::<i32>()?)
}

fn depth(e: &dyn Error) -> usize {
    match e.source() {
        Some(inner) => 1 + depth(inner),
        None => 0,
    }
}

fn main() {
    let a = parse("q").unwrap_err();
    let b: Box<dyn Error> = String::from("plain text").into();
    let c: Box<dyn Error> = Box::new(Outer(parse("").unwrap_err()));
    for e in [&a, &b, &c] {
        println!("{} -> source {:?}, depth {}", e, e.source().map(|s| s.to_string()), depth(e.as_ref()));
    }
}
// expect: invalid digit found in string -> source None, depth 0
// expect: plain text -> source None, depth 0
// expect: outer -> source Some("cannot parse integer from empty string"), depth 1
