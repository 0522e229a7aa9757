// Two error sources converted by From into one enum, with source-like matching and a summary.
use std::fmt;

#[derive(Debug)]
enum AppError {
    Num(std::num::ParseIntError),
    Float(std::num::ParseFloatError),
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Num(e)
    }
}

impl From<std::num::ParseFloatError> for AppError {
    fn from(e: std::num::ParseFloatError) -> Self {
        AppError::Float(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Num(e) => write!(f, "count: {}", e),
            AppError::Float(e) => write!(f, "price: {}", e),
        }
    }
}

fn total(count: &str, price: &str) -> Result<f64, AppError> {
    let c: u32 = count.parse()?;
    let p: f64 = price.parse()?;
    Ok(c as f64 * p)
}

fn main() {
    for (c, p) in [("3", "2.5"), ("x", "1.0"), ("2", "abc"), ("", "")] {
        match total(c, p) {
            Ok(t) => println!("{t:.2}"),
            Err(e) => println!("{e}"),
        }
    }
}
// expect: 7.50
// expect: count: invalid digit found in string
// expect: price: invalid float literal
// expect: count: cannot parse integer from empty string
