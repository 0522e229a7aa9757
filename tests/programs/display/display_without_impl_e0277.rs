// A struct with a Debug impl but no Display impl cannot be printed with `{}`: E0277.
use std::fmt;

struct Point(i32);

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.0)
    }
}

fn main() {
    println!("{:?}", Point(1));
    println!("{}", Point(2));
}
// error: E0277 at 14:20
