// main returning Result<(), Box<dyn Error>>: an Err from a custom message is printed with Debug on stderr.
use std::error::Error;

fn check_age(age: i32) -> Result<i32, Box<dyn Error>> {
    if age < 0 {
        return Err("age cannot be negative".into());
    }
    Ok(age)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", check_age(30)?);
    let n: i32 = "42".parse()?;
    println!("{}", n);
    check_age(-1)?;
    println!("unreachable");
    Ok(())
}
// expect: 30
// expect: 42
// stderr: Error: "age cannot be negative"
// exit: 1
