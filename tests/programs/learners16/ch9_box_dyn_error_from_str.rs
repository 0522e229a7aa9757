// Err("...".into()) building a Box<dyn Error> from a &str, printed with Display.
use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        return Err("negative input".into());
    }
    if n > 100 {
        return Err(format!("{} is too large", n).into());
    }
    Ok(n * 2)
}

fn main() {
    for n in [5, -1, 500] {
        match check(n) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("error: {}", e),
        }
    }
}
// expect: ok 10
// expect: error: negative input
// expect: error: 500 is too large
