// Rustlings-style: `?` on an untyped `parse()` in a function returning a custom error without From is E0271 (rustc infers through the `?`).
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Negative,
}

fn parse_positive(s: &str) -> Result<u32, AppError> {
    let n: i32 = s.parse()?;
    if n < 0 {
        return Err(AppError::Negative);
    }
    Ok(n as u32)
}

fn main() {
    let _unused: Option<ParseIntError> = None;
    println!("{:?}", parse_positive("5"));
}
// error: E0271 at 10:20
