// fmt with no return type returns () where the trait wants fmt::Result: E0053 just after the parameters.
use std::fmt;

struct Point(i32);

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) {
        let _ = write!(f, "{}", self.0);
    }
}

fn main() {
    println!("{}", Point(1));
}
// error: E0053 at 7:42
