// Iterating over Results: map to Results, filter_map the Oks, collect into Result<Vec>, partition.
fn main() {
    let strings = vec!["tofu", "93", "18"];
    let numbers: Vec<_> = strings.iter().map(|s| s.parse::<i32>()).collect();
    println!("Results: {:?}", numbers);
    let numbers: Vec<_> = strings.iter().filter_map(|s| s.parse::<i32>().ok()).collect();
    println!("Results: {:?}", numbers);
    let numbers: Result<Vec<_>, _> = strings.iter().map(|s| s.parse::<i32>()).collect();
    println!("Results: {:?}", numbers);
    let good: Result<Vec<i32>, _> = ["1", "2"].iter().map(|s| s.parse::<i32>()).collect();
    println!("Results: {:?}", good);
    let (numbers, errors): (Vec<_>, Vec<_>) = strings.iter().map(|s| s.parse::<i32>()).partition(Result::is_ok);
    let numbers: Vec<_> = numbers.into_iter().map(Result::unwrap).collect();
    let errors: Vec<_> = errors.into_iter().map(Result::unwrap_err).collect();
    println!("Numbers: {:?}", numbers);
    println!("Errors: {:?}", errors);
}
// expect: Results: [Err(ParseIntError { kind: InvalidDigit }), Ok(93), Ok(18)]
// expect: Results: [93, 18]
// expect: Results: Err(ParseIntError { kind: InvalidDigit })
// expect: Results: Ok([1, 2])
// expect: Numbers: [93, 18]
// expect: Errors: [ParseIntError { kind: InvalidDigit }]
// unsupported: collecting `Result<i32, ParseIntError>`s into a `Vec<i32>`
