// The error chapter's `type Result<T> = std::result::Result<T, MyError>;` shadows the prelude's Result and works with `?`.
use std::fmt;

#[derive(Debug)]
struct MyError {
    line: usize,
}

impl fmt::Display for MyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad input on line {}", self.line)
    }
}

type Result<T> = std::result::Result<T, MyError>;

fn parse(line: usize, s: &str) -> Result<i32> {
    s.trim().parse::<i32>().map_err(|_| MyError { line })
}

fn sum(lines: &[&str]) -> Result<i32> {
    let mut total = 0;
    for (i, l) in lines.iter().enumerate() {
        total += parse(i + 1, l)?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum(&["1", " 2", "3 "]));
    match sum(&["4", "x"]) {
        Ok(n) => println!("{n}"),
        Err(e) => println!("{e}"),
    }
}
// expect: Ok(6)
// expect: bad input on line 2
