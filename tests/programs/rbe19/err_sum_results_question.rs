// Summing parsed numbers with a loop and `?`, stopping at the first error.
use std::num::ParseIntError;

fn sum_all(items: &[&str]) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for item in items {
        total += item.trim().parse::<i64>()?;
    }
    Ok(total)
}

fn main() {
    println!("{:?}", sum_all(&["1", " 2", "3 "]));
    println!("{:?}", sum_all(&["1", "two", "3"]));
    let total: Result<i64, _> = ["4", "5"].iter().map(|s| s.parse::<i64>()).sum();
    println!("{:?}", total);
}
// expect: Ok(6)
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Ok(9)
