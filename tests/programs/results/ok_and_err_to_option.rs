// ok() and err() turn a Result into an Option of one side, dropping the other side's payload.
fn check(n: i32) -> Result<i32, String> {
    if n > 0 { Ok(n) } else { Err(format!("{} is not positive", n)) }
}

fn main() {
    println!("{:?}", check(5).ok());
    println!("{:?}", check(-1).ok());
    println!("{:?}", check(5).err());
    println!("{:?}", check(-1).err());
}
// expect: Some(5)
// expect: None
// expect: None
// expect: Some("-1 is not positive")
