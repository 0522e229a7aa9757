// main returning Err(Box<dyn Error>) prints "Error: " and the Debug form, exit code 1.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let good: u8 = "200".parse()?;
    println!("{good}");
    let bad: u8 = "300".parse()?;
    println!("{bad}");
    Ok(())
}
// expect: 200
// stderr: Error: ParseIntError { kind: PosOverflow }
// exit: 1
