// `Even::try_from(4)` into a `Result<Even, i32>` where the impl says `type Error = String`: E0308 at the call.
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
    let e: Result<Even, i32> = Even::try_from(4);
    println!("{:?}", e);
}
// error: E0308 at 13:32
