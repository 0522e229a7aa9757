// `x.to_string().into()` into a Box<dyn Error>: the String from to_string is boxed in std's StringError.
use std::error::Error;

fn halve(n: i32) -> Result<i32, Box<dyn Error>> {
    if n % 2 != 0 {
        return Err(n.to_string().into());
    }
    Ok(n / 2)
}

fn main() {
    println!("{}", halve(8).unwrap());
    match halve(7) {
        Err(e) => println!("odd: {}", e),
        Ok(v) => println!("{}", v),
    }
}
// expect: 4
// expect: odd: 7
