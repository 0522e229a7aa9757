// `"4".try_into()` into a type whose only TryFrom impl takes an i32: E0277 at `try_into`, where rustc reports the unmet `TryFrom<&str>`.
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
    let e: Result<Even, _> = "4".try_into();
    println!("{:?}", e);
}
// error: E0277 at 13:34
