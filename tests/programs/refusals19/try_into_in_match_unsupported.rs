// try_into in a match and before unwrap_or names no target: not supported yet at try_into (the let's type reaches it only through unwrap and expect).
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
    let v = vec![2, 3, 4];
    for x in v {
        let e: Even = match x.try_into() { Ok(e) => e, Err(m) => { println!("{}", m); continue; } };
        println!("{:?}", e);
    }
    let b: Even = 6.try_into().unwrap_or(Even(0));
    println!("{:?}", b);
}
// expect: Even(2)
// expect: 3 is odd
// expect: Even(4)
// expect: Even(6)
// unsupported: the method `try_into` of `{integer}` at 14:31
