// A println! inside a Display impl comes after what the outer println! wrote before the placeholder, as std's stdout lock writes piece by piece.
use std::fmt;
struct P;
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("inner");
        write!(f, "P")
    }
}
fn main() {
    println!("a {} b", P);
    let s = format!("x{}y", P);
    println!("{}", s);
    print!("c {} ", P);
    println!("d");
}
// expect: a inner
// expect: P b
// expect: inner
// expect: xPy
// expect: c inner
// expect: P d
