// `n.try_into()?` and `Even::try_from(n)?` into the learner's type, the impl's String error handed on by `?`.
struct Even(u32);
impl TryFrom<i32> for Even {
    type Error = String;
    fn try_from(n: i32) -> Result<Self, Self::Error> {
        if n % 2 == 0 { Ok(Even(n as u32)) } else { Err(format!("{n} is odd")) }
    }
}
fn half(n: i32) -> Result<u32, String> {
    let e: Even = n.try_into()?;
    let f = Even::try_from(n)?;
    Ok(e.0 / 2 + f.0)
}
fn main() {
    println!("{:?} {:?}", half(8), half(3));
}
// expect: Ok(12) Err("3 is odd")
