// Error's provided source() called on std's own errors (ParseIntError, ParseFloatError) returns None, as the default body does.
use std::error::Error;

fn main() {
    match "x".parse::<i32>() {
        Err(e) => println!("{} / {:?}", e, e.source()),
        Ok(v) => println!("{}", v),
    }
    let f = "1.5.2".parse::<f64>().unwrap_err();
    println!("{} {}", f, f.source().is_none());
    let b = "yes".parse::<bool>().unwrap_err();
    println!("{}", b.source().is_some());
}
// expect: invalid digit found in string / None
// expect: invalid float literal true
// expect: false
