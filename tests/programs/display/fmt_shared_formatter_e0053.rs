// fmt must take `&mut Formatter`: a `&Formatter` parameter is E0053 at its type.
use std::fmt;

struct Point(i32);

impl fmt::Debug for Point {
    fn fmt(&self, f: &fmt::Formatter) -> fmt::Result {
        Ok(())
    }
}

fn main() {
    println!("{:?}", Point(1));
}
// error: E0053 at 7:22
