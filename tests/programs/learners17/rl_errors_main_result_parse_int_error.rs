// Rustlings-style: a main returning Result<(), ParseIntError> whose `?` fails writes `Error: ParseIntError { .. }` and exits 1.
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let good: i32 = "42".parse()?;
    println!("parsed {}", good);
    let bad: i32 = "4x2".parse()?;
    println!("never {}", bad);
    Ok(())
}
// expect: parsed 42
// stderr: Error: ParseIntError { kind: InvalidDigit }
// exit: 1
