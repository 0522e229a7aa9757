// A Display impl whose fmt returns a String instead of fmt::Result has an incompatible type for the trait: E0053 at the return type.
use std::fmt;

struct Point(i32);

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> String {
        format!("{}", self.0)
    }
}

fn main() {
    println!("{}", Point(1));
}
// error: E0053 at 7:46
