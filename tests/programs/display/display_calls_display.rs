// A Display impl that prints another type with `{}` runs that type's fmt inside its own.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

struct Line {
    from: Point,
    to: Point,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} -> {}", self.from, self.to)
    }
}

fn main() {
    let l = Line { from: Point { x: 0, y: 0 }, to: Point { x: 2, y: 5 } };
    println!("line {}", l);
    let s = format!("[{}]", l);
    println!("{} {}", s, s.capacity());
}
// expect: line (0, 0) -> (2, 5)
// expect: [(0, 0) -> (2, 5)] 32
