// `?` after map_err: the closure builds the caller's error type, and the early return drops nothing else.
#[derive(Debug)]
enum AppError {
    Parse(String),
}
fn total(items: &[&str]) -> Result<i32, AppError> {
    let mut sum = 0;
    for s in items {
        sum += s.parse::<i32>().map_err(|e| AppError::Parse(e.to_string()))?;
    }
    Ok(sum)
}
fn main() {
    println!("{:?}", total(&["1", "2"]));
    println!("{:?}", total(&["1", "zwei"]));
}
// expect: Ok(3)
// expect: Err(Parse("invalid digit found in string"))
