// `?` converts the error with the function's error type's From impl, as rustc's desugaring calls From::from.
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    TooBig(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        println!("converting");
        AppError::Parse(e)
    }
}

fn read(text: &str) -> Result<i64, AppError> {
    let n: i64 = text.parse()?;
    if n > 100 {
        return Err(AppError::TooBig(n));
    }
    Ok(n)
}

fn main() {
    println!("{:?}", read("7"));
    println!("{:?}", read("700"));
    println!("{:?}", read("seven"));
}
// expect: Ok(7)
// expect: Err(TooBig(700))
// expect: converting
// expect: Err(Parse(ParseIntError { kind: InvalidDigit }))
