// `let b: Even = n.try_into().unwrap();` with n a u8 and only TryFrom<i32> for Even: rustc's E0277 at try_into (Even: TryFrom<u8> fails).
use std::convert::TryFrom;
#[derive(Debug)]
struct Even(i32);
impl TryFrom<i32> for Even {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) }
    }
}
fn main() {
    let n: u8 = 8;
    let b: Even = n.try_into().unwrap();
    println!("{:?}", b);
}
// error: E0277 at 13:21
