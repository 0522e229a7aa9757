// Rustlings-style: a ParsePosNonzeroError enum wrapping both errors, built with map_err from each step.
use std::num::ParseIntError;

#[derive(PartialEq, Debug)]
enum ParsePosNonzeroError {
    Creation(CreationError),
    ParseInt(ParseIntError),
}

impl ParsePosNonzeroError {
    fn from_creation(err: CreationError) -> ParsePosNonzeroError {
        ParsePosNonzeroError::Creation(err)
    }
    fn from_parseint(err: ParseIntError) -> ParsePosNonzeroError {
        ParsePosNonzeroError::ParseInt(err)
    }
}

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

fn parse_pos_nonzero(s: &str) -> Result<PositiveNonzeroInteger, ParsePosNonzeroError> {
    let x: i64 = s.parse().map_err(ParsePosNonzeroError::from_parseint)?;
    PositiveNonzeroInteger::new(x).map_err(ParsePosNonzeroError::from_creation)
}

fn main() {
    for s in ["not a number", "-555", "0", "42"] {
        println!("{:?}", parse_pos_nonzero(s));
    }
    println!("{}", parse_pos_nonzero("-1") == Err(ParsePosNonzeroError::Creation(CreationError::Negative)));
}
// expect: Err(ParseInt(ParseIntError { kind: InvalidDigit }))
// expect: Err(Creation(Negative))
// expect: Err(Creation(Zero))
// expect: Ok(PositiveNonzeroInteger(42))
// expect: true
