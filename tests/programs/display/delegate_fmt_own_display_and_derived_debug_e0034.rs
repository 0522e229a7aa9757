// A type with its own Display impl and a derived Debug, both in scope where self.0.fmt(f) is called: rustc counts the derive's impl too, E0034 at fmt.
use std::fmt;
use std::fmt::Debug;

#[derive(Debug)]
struct Point {
    x: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.x)
    }
}

struct Wrap(Point);

impl fmt::Display for Wrap {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

fn main() {
    println!("{}", Wrap(Point { x: 1 }));
}
// error: E0034 at 20:16
