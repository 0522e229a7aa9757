// TryFrom from Rust 2021's prelude (no `use`): `Even::try_from` and `try_into` Ok, then `unwrap` on the Err panics at the call.
#[derive(Debug)]
struct Even(u32);
impl TryFrom<i32> for Even {
    type Error = String;
    fn try_from(n: i32) -> Result<Self, Self::Error> {
        if n >= 0 && n % 2 == 0 { Ok(Even(n as u32)) } else { Err(format!("{n} is not even")) }
    }
}
fn main() {
    let a = Even::try_from(8).unwrap();
    let b: Result<Even, String> = 7.try_into();
    println!("{:?} {:?}", a, b);
    let c: Result<Even, _> = 10.try_into();
    println!("{}", c.unwrap().0);
    let d = Even::try_from(-2).unwrap();
    println!("{:?}", d);
}
// expect: Even(8) Err("7 is not even")
// expect: 10
// panic: called `Result::unwrap()` on an `Err` value: "-2 is not even"
// panic-at: 16:32
