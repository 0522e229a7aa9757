// A FromStr impl whose from_str names ParseIntError as its error while its Err is String: E0053 at the return type.
use std::str::FromStr;
struct P { x: i32 }
impl FromStr for P {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, std::num::ParseIntError> {
        Ok(P { x: s.parse()? })
    }
}
fn main() {
    let p: P = "4".parse().unwrap();
    println!("{}", p.x);
}
// error: E0053 at 6:29
