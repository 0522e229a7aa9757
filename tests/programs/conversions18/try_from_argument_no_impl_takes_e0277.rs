// `Even::try_from(4u8)` with only `TryFrom<i32>`: E0277 at the type, not a mismatch with the one impl's parameter.
use std::convert::TryFrom;
use std::convert::TryInto;
#[derive(Debug)]
struct Even(u32);
impl TryFrom<i32> for Even {
    type Error = String;
    fn try_from(n: i32) -> Result<Self, Self::Error> {
        if n >= 0 && n % 2 == 0 { Ok(Even(n as u32)) } else { Err(format!("{} is not even", n)) }
    }
}
fn main() {
    let e = Even::try_from(4u8);
    println!("{:?}", e);
}
// error: E0277 at 13:13
