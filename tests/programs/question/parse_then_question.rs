// `?` hands back the Ok value or returns the Err from the function, here a ParseIntError.
use std::num::ParseIntError;

fn double(text: &str) -> Result<i32, ParseIntError> {
    let n: i32 = text.trim().parse()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", double(" 21 "));
    println!("{:?}", double("x1"));
    println!("{:?}", double(""));
    println!("{}", std::mem::size_of::<Result<i32, ParseIntError>>());
}
// expect: Ok(42)
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Err(ParseIntError { kind: Empty })
// expect: 8
