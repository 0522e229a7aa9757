// Early returns written with `?` instead of matches.
use std::num::ParseIntError;

fn multiply(first_number_str: &str, second_number_str: &str) -> Result<i32, ParseIntError> {
    let first_number = first_number_str.parse::<i32>()?;
    let second_number = second_number_str.parse::<i32>()?;
    Ok(first_number * second_number)
}

fn print(result: Result<i32, ParseIntError>) {
    match result {
        Ok(n) => println!("n is {}", n),
        Err(e) => println!("Error: {}", e),
    }
}

fn main() {
    print(multiply("10", "2"));
    print(multiply("t", "2"));
    print(multiply("", "2"));
    print(multiply("-", "2"));
}
// expect: n is 20
// expect: Error: invalid digit found in string
// expect: Error: cannot parse integer from empty string
// expect: Error: invalid digit found in string
