// main returning Result<(), Box<dyn Error>>: `?` boxes a ParseIntError; the Err is printed as `Error: ...` on stderr with exit code 1.
use std::error::Error;

fn parse_sum(a: &str, b: &str) -> Result<i32, Box<dyn Error>> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    Ok(x + y)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", parse_sum("2", "40")?);
    println!("{}", parse_sum("2", "four")?);
    println!("unreached");
    Ok(())
}
// expect: 42
// stderr: Error: ParseIntError { kind: InvalidDigit }
// exit: 1
