// `let n: i32 = s.parse()?;` where the error enum has a From impl for another error: rustc waits, then E0277 at the `?`.
use std::fmt;

#[derive(Debug)]
enum AppError {
    Format(fmt::Error),
}

impl From<fmt::Error> for AppError {
    fn from(e: fmt::Error) -> Self {
        AppError::Format(e)
    }
}

fn parse_positive(s: &str) -> Result<u32, AppError> {
    let n: i32 = s.parse()?;
    Ok(n as u32)
}

fn main() {
    println!("{:?}", parse_positive("5"));
}
// error: E0277 at 16:27
