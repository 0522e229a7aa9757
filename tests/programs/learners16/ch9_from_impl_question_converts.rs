// A custom error with From<ParseIntError> so `?` converts; an empty input is its own variant.
use std::num::ParseIntError;

#[derive(Debug)]
enum InputError {
    Empty,
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for InputError {
    fn from(e: ParseIntError) -> Self {
        InputError::BadNumber(e)
    }
}

fn parse_quantity(s: &str) -> Result<u32, InputError> {
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let n: u32 = s.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse_quantity("12"));
    println!("{:?}", parse_quantity(""));
    println!("{:?}", parse_quantity("1x"));
}
// expect: Ok(12)
// expect: Err(Empty)
// expect: Err(BadNumber(ParseIntError { kind: InvalidDigit }))
