// dyn Error's own downcast_ref (and is, downcast_mut, a Box's downcast) is std's method the engine does not run yet: a refusal, not E0599.
use std::error::Error;
use std::num::ParseIntError;

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    Ok(s.parse::<i32>()?)
}

fn main() {
    let e = parse("x").unwrap_err();
    if let Some(pe) = e.downcast_ref::<ParseIntError>() {
        println!("parse error: {:?}", pe.kind());
    }
}
// expect: parse error: InvalidDigit
// unsupported: the method `downcast_ref` of `dyn Error`
