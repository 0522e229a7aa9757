// Operator overloading: Add and Sub for a Copy Point, AddAssign by hand, Neg, and == through derived PartialEq.
use std::ops::{Add, AddAssign, Neg, Sub};

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

impl Sub for Point {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

impl AddAssign for Point {
    fn add_assign(&mut self, other: Self) {
        self.x += other.x;
        self.y += other.y;
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

fn main() {
    let a = Point { x: 1, y: 0 };
    let b = Point { x: 2, y: 3 };
    assert_eq!(a + b, Point { x: 3, y: 3 });
    let mut c = a + b - Point { x: 1, y: 1 };
    c += b;
    println!("{:?} {:?}", c, -c);
    println!("{}", a == b);
}
// expect: Point { x: 4, y: 5 } Point { x: -4, y: -5 }
// expect: false
