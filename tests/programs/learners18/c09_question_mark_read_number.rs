// ? on parse errors in a function returning Result<i32, ParseIntError>, and matching the error.
use std::num::ParseIntError;

fn add_strs(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.trim().parse()?;
    let y = b.trim().parse::<i32>()?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_strs("3", " 4 "));
    match add_strs("3", "four") {
        Ok(n) => println!("sum {n}"),
        Err(e) => println!("error: {e}"),
    }
    if let Err(e) = add_strs("", "1") {
        println!("error: {e} / {e:?}");
    }
}
// expect: Ok(7)
// expect: error: invalid digit found in string
// expect: error: cannot parse integer from empty string / ParseIntError { kind: Empty }
