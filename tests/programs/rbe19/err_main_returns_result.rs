// main returning Result<(), ParseIntError>: an Err is reported as `Error: ...` with exit code 1.
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let number_str = "10";
    let number = match number_str.parse::<i32>() {
        Ok(number) => number,
        Err(e) => return Err(e),
    };
    println!("{}", number);
    let bad: i32 = "x10".parse()?;
    println!("{}", bad);
    Ok(())
}
// expect: 10
// stderr: Error: ParseIntError { kind: InvalidDigit }
// exit: 1
