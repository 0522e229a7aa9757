// `.into()` of a String variable into a Box<dyn Error> boxes it in std's StringError (the String moves, no copy), as `?` would.
use std::error::Error;

fn check(name: &str) -> Result<usize, Box<dyn Error>> {
    if name.is_empty() {
        let message = String::from("the name is empty");
        return Err(message.into());
    }
    Ok(name.len())
}

fn main() {
    match check("") {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("error: {}", e),
    }
    println!("{:?}", check("ferris").ok());
}
// expect: error: the name is empty
// expect: Some(6)
