// std's integer TryFrom: u8::try_from an i32 out of range is an Err with TryFromIntError's text.
use std::convert::TryFrom;

fn main() {
    let small = u8::try_from(200i32);
    let big = u8::try_from(300i32);
    let neg: Result<u32, _> = (-1i64).try_into();
    println!("{:?}", small);
    println!("{:?}", big);
    match neg {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
}
// expect: Ok(200)
// expect: Err(TryFromIntError(()))
// expect: error: out of range integral type conversion attempted
