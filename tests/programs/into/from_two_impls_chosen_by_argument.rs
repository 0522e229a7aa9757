// Two `From` impls for one struct: `Number::from` picks the impl by its argument's type, as rustc infers the trait's parameter.
#[derive(Debug)]
struct Number(i64);
impl From<i32> for Number {
    fn from(n: i32) -> Self {
        Number(n as i64)
    }
}
impl From<&str> for Number {
    fn from(s: &str) -> Self {
        Number(s.len() as i64)
    }
}
fn main() {
    let a = Number::from(5);
    let b = Number::from("four");
    let c: Number = From::from(7);
    println!("{:?} {:?} {:?}", a, b, c);
}
// expect: Number(5) Number(4) Number(7)
