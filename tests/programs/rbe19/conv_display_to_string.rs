// Implementing Display gives to_string for free; the String is built through the impl.
use std::fmt;

struct Circle {
    radius: i32,
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle of radius {}", self.radius)
    }
}

fn main() {
    let circle = Circle { radius: 6 };
    let s = circle.to_string();
    println!("{}", s);
    println!("{}", s.len());
}
// expect: Circle of radius 6
// expect: 18
