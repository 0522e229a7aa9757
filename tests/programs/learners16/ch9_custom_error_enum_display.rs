// A custom error enum with Display, returned by a validating constructor and matched.
use std::fmt;

#[derive(Debug)]
enum AgeError {
    Negative(i32),
    TooOld(i32),
}

impl fmt::Display for AgeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AgeError::Negative(n) => write!(f, "age {} is negative", n),
            AgeError::TooOld(n) => write!(f, "age {} is too old", n),
        }
    }
}

fn check_age(n: i32) -> Result<u8, AgeError> {
    if n < 0 {
        Err(AgeError::Negative(n))
    } else if n > 150 {
        Err(AgeError::TooOld(n))
    } else {
        Ok(n as u8)
    }
}

fn main() {
    for n in [30, -2, 200] {
        match check_age(n) {
            Ok(a) => println!("ok {}", a),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
}
// expect: ok 30
// expect: error: age -2 is negative / Negative(-2)
// expect: error: age 200 is too old / TooOld(200)
