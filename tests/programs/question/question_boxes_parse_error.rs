// `?` on a `ParseIntError` in a function returning `Result<i32, Box<dyn Error>>` boxes the std error; `{}` of the box prints its Display.
use std::error::Error;

fn parse_sum(a: &str, b: &str) -> Result<i32, Box<dyn Error>> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    Ok(x + y)
}

fn main() {
    match parse_sum("4", "5") {
        Ok(n) => println!("sum {}", n),
        Err(e) => println!("error: {}", e),
    }
    match parse_sum("4", "x") {
        Ok(n) => println!("sum {}", n),
        Err(e) => println!("error: {}", e),
    }
}
// expect: sum 9
// expect: error: invalid digit found in string
