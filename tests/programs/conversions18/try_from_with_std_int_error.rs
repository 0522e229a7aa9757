// A TryFrom impl whose Error is std's TryFromIntError, handing on `u8::try_from(n)?`.
use std::convert::TryFrom;
#[derive(Debug)]
struct Small(u8);
impl TryFrom<i32> for Small {
    type Error = std::num::TryFromIntError;
    fn try_from(n: i32) -> Result<Self, Self::Error> {
        Ok(Small(u8::try_from(n)?))
    }
}
fn main() {
    println!("{:?}", Small::try_from(7));
    println!("{:?}", Small::try_from(700));
}
// expect: Ok(Small(7))
// expect: Err(TryFromIntError(()))
