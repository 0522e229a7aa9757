// Box::from into a Box<dyn Error> from a &str, a String, format! and an own Error struct, as .into() would convert each.
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct E1;
impl fmt::Display for E1 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "e1") }
}
impl Error for E1 {}
fn a(n: i32) -> Result<i32, Box<dyn Error>> {
    match n {
        0 => Err(Box::from("literal")),
        1 => Err(Box::from(String::from("owned"))),
        2 => Err(Box::from(E1)),
        3 => Err(Box::from(format!("fmt {n}"))),
        _ => Ok(n),
    }
}
fn main() {
    for i in 0..5 {
        match a(i) {
            Ok(v) => println!("ok {v}"),
            Err(e) => println!("err {e} / {e:?}"),
        }
    }
    let b: Box<dyn Error> = Box::from("direct");
    println!("{b}");
}
// expect: err literal / "literal"
// expect: err owned / "owned"
// expect: err e1 / E1
// expect: err fmt 3 / "fmt 3"
// expect: ok 4
// expect: direct
