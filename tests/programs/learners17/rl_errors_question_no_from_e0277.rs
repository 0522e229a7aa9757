// Rustlings-style: `?` on `parse::<i32>()` in a function returning a custom error without From is E0277 at the `?`.
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Negative,
}

fn parse_positive(s: &str) -> Result<u32, AppError> {
    let n = s.parse::<i32>()?;
    if n < 0 {
        return Err(AppError::Negative);
    }
    Ok(n as u32)
}

fn main() {
    let _unused: Option<ParseIntError> = None;
    println!("{:?}", parse_positive("5"));
}
// error: E0277 at 10:29
