// Error::source's default is None, for the learner's error without its own source, called on the value itself.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Plain;

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "plain")
    }
}

impl Error for Plain {}

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    Ok(s.parse::<i32>()?)
}

fn main() {
    let p = Plain;
    println!("{} {}", p, p.source().is_none());
    println!("{:?}", parse("x").is_err());
}
// expect: plain true
// expect: true
