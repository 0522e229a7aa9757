// A learner's `impl fmt::Display` for a struct is what `{}` prints: its `fmt` runs and `write!` writes into the Formatter.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("p = {p}!");
}
// expect: (3, -4)
// expect: p = (3, -4)!
