// Mixing Option and Result: first element of a Vec parsed, Option<Result> and its transpose.
use std::num::ParseIntError;

fn double_first(vec: Vec<&str>) -> Option<Result<i32, ParseIntError>> {
    vec.first().map(|first| first.parse::<i32>().map(|n| 2 * n))
}

fn double_first2(vec: Vec<&str>) -> Result<Option<i32>, ParseIntError> {
    let opt = vec.first().map(|first| first.parse::<i32>().map(|n| 2 * n));
    opt.transpose()
}

fn main() {
    let numbers = vec!["42", "93", "18"];
    let empty = vec![];
    let strings = vec!["tofu", "93", "18"];
    println!("The first doubled is {:?}", double_first(numbers.clone()));
    println!("The first doubled is {:?}", double_first(empty.clone()));
    println!("The first doubled is {:?}", double_first(strings.clone()));
    println!("The first doubled is {:?}", double_first2(numbers));
    println!("The first doubled is {:?}", double_first2(empty));
    println!("The first doubled is {:?}", double_first2(strings));
}
// expect: The first doubled is Some(Ok(84))
// expect: The first doubled is None
// expect: The first doubled is Some(Err(ParseIntError { kind: InvalidDigit }))
// expect: The first doubled is Ok(Some(84))
// expect: The first doubled is Ok(None)
// expect: The first doubled is Err(ParseIntError { kind: InvalidDigit })
