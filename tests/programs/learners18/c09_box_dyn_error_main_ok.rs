// main returning Result<(), Box<dyn Error>>, with ? over parse errors and a String error, ending Ok.
use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n > 10 {
        return Err(format!("{n} is too big").into());
    }
    Ok(n * 2)
}

fn main() -> Result<(), Box<dyn Error>> {
    let a: i32 = "4".parse()?;
    let b = check(a)?;
    println!("{b}");
    match check(11) {
        Err(e) => println!("error: {e}"),
        Ok(v) => println!("{v}"),
    }
    Ok(())
}
// expect: 8
// expect: error: 11 is too big
