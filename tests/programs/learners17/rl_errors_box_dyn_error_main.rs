// Rustlings-style: main returning Result<(), Box<dyn Error>> with `?` boxing both a ParseIntError and a custom error.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<PositiveNonzeroInteger, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            x if x == 0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

impl fmt::Display for CreationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let description = match *self {
            CreationError::Negative => "number is negative",
            CreationError::Zero => "number is zero",
        };
        f.write_str(description)
    }
}

impl Error for CreationError {}

fn check(input: &str) -> Result<u64, Box<dyn Error>> {
    let x: i64 = input.parse()?;
    let p = PositiveNonzeroInteger::new(x)?;
    Ok(p.0)
}

fn main() -> Result<(), Box<dyn Error>> {
    for s in ["42", "-3", "0", "abc"] {
        match check(s) {
            Ok(v) => println!("{} -> {}", s, v),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
    let pretend_user_input = "-42";
    let x: i64 = pretend_user_input.parse()?;
    println!("output={:?}", PositiveNonzeroInteger::new(x)?);
    Ok(())
}
// expect: 42 -> 42
// expect: -3 -> error: number is negative
// expect: 0 -> error: number is zero
// expect: abc -> error: invalid digit found in string
// stderr: Error: Negative
// exit: 1
