// Rustlings-style: map_err with closures wrapping into an error enum, then `?` in a loop summing.
use std::num::ParseIntError;

#[derive(Debug)]
enum SumError {
    Parse(ParseIntError),
    TooBig(i32),
}

fn parse_one(s: &str) -> Result<i32, SumError> {
    let n = s.trim().parse::<i32>().map_err(|e| SumError::Parse(e))?;
    if n > 100 {
        return Err(SumError::TooBig(n));
    }
    Ok(n)
}

fn sum_all(input: &str) -> Result<i32, SumError> {
    let mut total = 0;
    for part in input.split(',') {
        total += parse_one(part)?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum_all("1, 2, 3"));
    println!("{:?}", sum_all("1, 200, 3"));
    println!("{:?}", sum_all("1, two, 3"));
    match sum_all("") {
        Err(SumError::Parse(e)) => println!("parse error: {}", e),
        other => println!("{:?}", other),
    }
}
// expect: Ok(6)
// expect: Err(TooBig(200))
// expect: Err(Parse(ParseIntError { kind: InvalidDigit }))
// expect: parse error: cannot parse integer from empty string
