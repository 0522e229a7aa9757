// main returning Result<(), String> that fails: Error: with the Debug string, exit code 1.
fn validate(age: i32) -> Result<i32, String> {
    if age < 0 {
        Err(format!("age {age} is negative"))
    } else {
        Ok(age)
    }
}

fn main() -> Result<(), String> {
    println!("{}", validate(3)?);
    println!("{}", validate(-2)?);
    Ok(())
}
// expect: 3
// stderr: Error: "age -2 is negative"
// exit: 1
