// A type with its own Display impl and a derived Debug, only Display in scope (the impl being written): self.0.fmt(f) calls the Display impl, and {:?} still uses the derive.
use std::fmt;

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
    println!("{:?}", Point { x: 2 });
}
// expect: P1
// expect: Point { x: 2 }
