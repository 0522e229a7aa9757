// main returning Err(Box<dyn Error + Send + Sync>) prints `Error: ` and the Debug of the boxed error, exit code 1.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    println!("start");
    let n: u8 = "300".parse()?;
    println!("{}", n);
    Ok(())
}
// expect: start
// stderr: Error: ParseIntError { kind: PosOverflow }
// exit: 1
