// `?` boxes a ParseIntError into a Box<dyn Error + Send + Sync> (a type of its own, printed as the error's Display).
use std::error::Error;

fn parse(text: &str) -> Result<i32, Box<dyn Error + Send + Sync>> {
    let n: i32 = text.trim().parse()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", parse(" 21 ").ok());
    match parse("x") {
        Err(e) => println!("error: {}", e),
        Ok(n) => println!("{}", n),
    }
}
// expect: Some(42)
// expect: error: invalid digit found in string
