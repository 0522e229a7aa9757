// Rustlings-style: `impl From<ParseIntError> for MyError` lets `?` convert without map_err.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    BadNumber(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::BadNumber(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::BadNumber(e) => write!(f, "bad number: {}", e),
            AppError::Negative(n) => write!(f, "{} is negative", n),
        }
    }
}

fn double_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.parse()?;
    if n < 0 {
        Err(AppError::Negative(n))
    } else {
        Ok(n * 2)
    }
}

fn main() {
    for s in ["21", "-4", "", "9999999999999999999999"] {
        match double_positive(s) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("{}", e),
        }
    }
}
// expect: ok 42
// expect: -4 is negative
// expect: bad number: cannot parse integer from empty string
// expect: bad number: number too large to fit in target type
