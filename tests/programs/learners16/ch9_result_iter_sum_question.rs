// Summing parsed numbers with map + sum::<Result<i32, _>>() and `?` in a helper.
use std::num::ParseIntError;

fn total(s: &str) -> Result<i32, ParseIntError> {
    let t: i32 = s.split(',').map(|p| p.trim().parse::<i32>()).sum::<Result<i32, _>>()?;
    Ok(t)
}

fn main() {
    println!("{:?}", total("1, 2, 3"));
    println!("{:?}", total("1, two, 3").map_err(|e| e.to_string()));
}
// expect: Ok(6)
// expect: Err("invalid digit found in string")
