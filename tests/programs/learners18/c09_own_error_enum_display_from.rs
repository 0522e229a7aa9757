// An own error enum with Display and From<ParseIntError>, used with ? and printed.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AgeError {
    Parse(ParseIntError),
    Negative(i32),
    TooOld { age: i32, max: i32 },
}

impl fmt::Display for AgeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AgeError::Parse(e) => write!(f, "not a number: {e}"),
            AgeError::Negative(n) => write!(f, "{n} is negative"),
            AgeError::TooOld { age, max } => write!(f, "{age} is over {max}"),
        }
    }
}

impl From<ParseIntError> for AgeError {
    fn from(e: ParseIntError) -> Self {
        AgeError::Parse(e)
    }
}

fn parse_age(s: &str) -> Result<i32, AgeError> {
    let n: i32 = s.parse()?;
    if n < 0 {
        return Err(AgeError::Negative(n));
    }
    if n > 150 {
        return Err(AgeError::TooOld { age: n, max: 150 });
    }
    Ok(n)
}

fn main() {
    for s in ["42", "-3", "200", "abc"] {
        match parse_age(s) {
            Ok(a) => println!("ok {a}"),
            Err(e) => println!("{e} ({e:?})"),
        }
    }
}
// expect: ok 42
// expect: -3 is negative (Negative(-3))
// expect: 200 is over 150 (TooOld { age: 200, max: 150 })
// expect: not a number: invalid digit found in string (Parse(ParseIntError { kind: InvalidDigit }))
