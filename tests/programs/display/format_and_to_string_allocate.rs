// format!("{}", p) and p.to_string() grow their String write by write as the learner's fmt writes, as std does.
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
    let p = Point { x: 120, y: -7 };
    let a = format!("{}", p);
    let b = p.to_string();
    let c = format!("point {} and more text here", p);
    println!("{} {} {}", a, b, c);
    println!("{} {} {}", a.len(), b.capacity(), c.capacity());
}
// expect: (120, -7) (120, -7) point (120, -7) and more text here
// expect: 9 16 50
