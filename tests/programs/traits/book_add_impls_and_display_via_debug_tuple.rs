// Add for Point (Output = Point) and Add<Meters> for Millimeters, with a Display impl written through f.debug_tuple.
use std::ops::Add;
use std::fmt;

#[derive(Debug, Copy, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("P").field(&self.x).field(&self.y).finish()
    }
}

fn main() {
    let p = Point { x: 1, y: 0 } + Point { x: 2, y: 3 };
    assert_eq!(p, Point { x: 3, y: 3 });
    println!("{:?} {}", p, p);
    let mm = Millimeters(5) + Meters(2);
    println!("{}", mm.0);
}
// expect: Point { x: 3, y: 3 } P(3, 3)
// expect: 2005
