// An i32 has no From into a Box<dyn Error>: `.into()` of an i32 variable is E0277.
use std::error::Error;

fn fail(code: i32) -> Result<(), Box<dyn Error>> {
    Err(code.into())
}

fn main() {
    println!("{:?}", fail(3).is_err());
}
// error: E0277 at 5:14
// headline: differs: rustc prints std's ambiguous names in full (`dyn std::error::Error`)
