// One function mixes `?` on a ParseIntError (boxed as itself) with `?` on a `&str` error (boxed as a StringError); each message is printed by Display.
use std::error::Error;

fn double(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.trim().parse()?;
    if n > 100 {
        Err("too big")?;
    }
    Ok(n * 2)
}

fn main() {
    for s in ["21", "x", "500"] {
        match double(s) {
            Ok(v) => println!("{}", v),
            Err(e) => println!("error: {}", e),
        }
    }
}
// expect: 42
// expect: error: invalid digit found in string
// expect: error: too big
