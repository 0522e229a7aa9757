// An error enum with From for ParseIntError and ParseFloatError so `?` converts both.
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum AppError {
    Int(ParseIntError),
    Float(ParseFloatError),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Int(e)
    }
}

impl From<ParseFloatError> for AppError {
    fn from(e: ParseFloatError) -> Self {
        AppError::Float(e)
    }
}

fn price(qty: &str, each: &str) -> Result<f64, AppError> {
    let q: u32 = qty.parse()?;
    let e: f64 = each.parse()?;
    Ok(q as f64 * e)
}

fn main() {
    println!("{:?}", price("3", "2.5"));
    println!("{:?}", price("x", "2.5"));
    println!("{:?}", price("3", "y"));
}
// expect: Ok(7.5)
// expect: Err(Int(ParseIntError { kind: InvalidDigit }))
// expect: Err(Float(ParseFloatError { kind: Invalid }))
