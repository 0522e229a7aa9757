// `?` cannot box an error type that does not implement std::error::Error into a `Box<dyn Error>`: E0277 at the `?`.
use std::error::Error;

#[derive(Debug)]
struct NotAnError;

fn f() -> Result<u8, NotAnError> {
    Err(NotAnError)
}

fn g() -> Result<u8, Box<dyn Error>> {
    let x = f()?;
    Ok(x)
}

fn main() {
    println!("{}", g().is_err());
}
// error: E0277 at 12:16
