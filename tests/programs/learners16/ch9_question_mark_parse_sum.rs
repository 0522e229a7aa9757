// A function summing two parsed numbers with `?`, returning Result<i32, ParseIntError>.
use std::num::ParseIntError;

fn add_strs(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.trim().parse()?;
    let y: i32 = b.trim().parse()?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_strs("2", " 40 "));
    match add_strs("2", "forty") {
        Ok(v) => println!("sum {}", v),
        Err(e) => println!("failed: {}", e),
    }
}
// expect: Ok(42)
// expect: failed: invalid digit found in string
