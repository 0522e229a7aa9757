// .into() of an own error's struct literal and of a variable into Box<dyn Error>.
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct E1 { code: i32 }
impl fmt::Display for E1 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "e1 {}", self.code) }
}
impl Error for E1 {}
fn a(n: i32) -> Result<i32, Box<dyn Error>> {
    if n == 0 { return Err(E1 { code: 4 }.into()); }
    let e = E1 { code: 5 };
    if n == 1 { return Err(e.into()); }
    Ok(n)
}
fn main() {
    for i in 0..3 {
        match a(i) {
            Ok(v) => println!("ok {v}"),
            Err(e) => println!("err {e} / {e:?}"),
        }
    }
}
// expect: err e1 4 / E1 { code: 4 }
// expect: err e1 5 / E1 { code: 5 }
// expect: ok 2
