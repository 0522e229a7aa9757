// Box<dyn Error> made by `.into()` inside ok_or_else's and map_err's closures, the target known only from the function's result.
use std::error;
use std::fmt;

type Result<T> = std::result::Result<T, Box<dyn error::Error>>;

#[derive(Debug, Clone)]
struct EmptyVec;

impl fmt::Display for EmptyVec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "invalid first item to double")
    }
}

impl error::Error for EmptyVec {}

fn double_first(vec: Vec<&str>) -> Result<i32> {
    let first = vec.first().ok_or(EmptyVec)?;
    let parsed = first.parse::<i32>()?;
    Ok(2 * parsed)
}

fn double_first_into(vec: Vec<&str>) -> Result<i32> {
    vec.first()
        .ok_or_else(|| EmptyVec.into())
        .and_then(|s| s.parse::<i32>().map_err(|e| e.into()).map(|i| 2 * i))
}

fn print(result: Result<i32>) {
    match result {
        Ok(n) => println!("The first doubled is {}", n),
        Err(e) => println!("Error: {}", e),
    }
}

fn main() {
    let numbers = vec!["42", "93", "18"];
    let empty = vec![];
    let strings = vec!["tofu", "93", "18"];
    print(double_first(numbers.clone()));
    print(double_first(empty.clone()));
    print(double_first(strings.clone()));
    print(double_first_into(numbers));
    print(double_first_into(empty));
    print(double_first_into(strings));
}
// expect: The first doubled is 84
// expect: Error: invalid first item to double
// expect: Error: invalid digit found in string
// expect: The first doubled is 84
// expect: Error: invalid first item to double
// expect: Error: invalid digit found in string
// unsupported: `.into()`
