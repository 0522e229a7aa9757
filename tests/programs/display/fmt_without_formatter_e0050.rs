// fmt without its Formatter parameter has 1 parameter where the trait's has 2: E0050.
use std::fmt;

struct Point(i32);

impl fmt::Display for Point {
    fn fmt(&self) -> fmt::Result {
        Ok(())
    }
}

fn main() {
    println!("{}", Point(1));
}
// error: E0050 at 7:12
