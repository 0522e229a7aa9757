// An error enum wrapping ParseIntError through a From impl, so ? converts it; Display and Debug of each error.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "{} is negative", n),
        }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn main() {
    for input in ["42", " 7 ", "-3", "abc", ""] {
        match parse_positive(input) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {} ({:?})", e, e),
        }
    }
}
// expect: ok 42
// expect: ok 7
// expect: error: -3 is negative (Negative(-3))
// expect: error: parse error: invalid digit found in string (Parse(ParseIntError { kind: InvalidDigit }))
// expect: error: parse error: cannot parse integer from empty string (Parse(ParseIntError { kind: Empty }))
