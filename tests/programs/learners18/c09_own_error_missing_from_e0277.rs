// ? cannot convert ParseIntError into an own error enum without a From impl: E0277.
#[derive(Debug)]
enum MyError {
    Bad,
}

fn parse(s: &str) -> Result<i32, MyError> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("1"));
    let _ = MyError::Bad;
}
// error: E0271 at 8:20
