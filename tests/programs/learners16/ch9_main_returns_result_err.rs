// main returning Result<(), ParseIntError> with `?`: an Err exits 1 printing Error: {e:?}.
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let a: i32 = "10".parse()?;
    println!("a = {}", a);
    let b: i32 = "ten".parse()?;
    println!("b = {}", b);
    Ok(())
}
// expect: a = 10
// stderr: Error: ParseIntError { kind: InvalidDigit }
// exit: 1
