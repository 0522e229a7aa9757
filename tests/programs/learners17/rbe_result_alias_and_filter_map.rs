// Rust-by-Example-style: a Result type alias, and iterating over Results with filter_map, partition and collect.
use std::num::ParseIntError;

type AliasedResult<T> = Result<T, ParseIntError>;

fn multiply(first: &str, second: &str) -> AliasedResult<i32> {
    first.parse::<i32>().and_then(|a| second.parse::<i32>().map(|b| a * b))
}

fn print(result: AliasedResult<i32>) {
    match result {
        Ok(n) => println!("n is {}", n),
        Err(e) => println!("Error: {}", e),
    }
}

fn main() {
    print(multiply("10", "2"));
    print(multiply("t", "2"));
    let strings = vec!["tofu", "93", "18"];
    let numbers: Vec<i32> = strings.iter().filter_map(|s| s.parse().ok()).collect();
    println!("Results: {:?}", numbers);
    let numbers: Result<Vec<i32>, _> = strings.iter().map(|s| s.parse::<i32>()).collect();
    println!("Results: {:?}", numbers);
    let (numbers, errors): (Vec<_>, Vec<_>) = strings.iter().map(|s| s.parse::<i32>()).partition(Result::is_ok);
    let total: i32 = numbers.into_iter().map(Result::unwrap).sum();
    let first_error = errors.into_iter().map(Result::unwrap_err).next();
    println!("Total: {:?}", total);
    println!("First error: {:?}", first_error);
}
// expect: n is 20
// expect: Error: invalid digit found in string
// expect: Results: [93, 18]
// expect: Results: Err(ParseIntError { kind: InvalidDigit })
// expect: Total: 111
// expect: First error: Some(ParseIntError { kind: InvalidDigit })
