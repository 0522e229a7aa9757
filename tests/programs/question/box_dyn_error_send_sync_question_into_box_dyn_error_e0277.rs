// `?` cannot turn a Box<dyn Error + Send + Sync> into a Box<dyn Error>: std's From<E: Error> wants a sized E (E0277 at the `?`).
use std::error::Error;

fn inner() -> Result<i32, Box<dyn Error + Send + Sync>> {
    Ok("4".parse::<i32>()?)
}

fn outer() -> Result<i32, Box<dyn Error>> {
    let n = inner()?;
    Ok(n)
}

fn main() {
    println!("{:?}", outer().ok());
}
// error: E0277 at 9:20
// headline: differs: rustc prints std's ambiguous names in full (`dyn std::error::Error`)
