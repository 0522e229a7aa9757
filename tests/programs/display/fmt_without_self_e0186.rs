// fmt written without `&self` is E0186: the trait declares it with `&self`.
use std::fmt;

struct Point(i32);

impl fmt::Display for Point {
    fn fmt(f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "point")
    }
}

fn main() {
    println!("{}", Point(1));
}
// error: E0186 at 7:5
