// Collecting errors aside with map_err into a Vec while filter_map keeps the numbers.
fn main() {
    let strings = vec!["42", "tofu", "93", "999", "18"];
    let mut errors = vec![];
    let numbers: Vec<_> = strings
        .into_iter()
        .map(|s| s.parse::<u8>())
        .filter_map(|r| r.map_err(|e| errors.push(e)).ok())
        .collect();
    println!("Numbers: {:?}", numbers);
    println!("Errors: {:?}", errors);
}
// expect: Numbers: [42, 93, 18]
// expect: Errors: [ParseIntError { kind: InvalidDigit }, ParseIntError { kind: PosOverflow }]
