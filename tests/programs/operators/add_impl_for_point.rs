// `+` on the learner's type calls its Add impl, moving both operands in; `+=` calls AddAssign with `&mut`.
use std::ops::{Add, AddAssign, Neg};

#[derive(Debug, Clone, Copy, PartialEq)]
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

impl AddAssign for Point {
    fn add_assign(&mut self, other: Point) {
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
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };
    let mut c = a + b;
    println!("{:?}", c);
    c += Point { x: 100, y: 100 };
    println!("{:?} {:?}", c, -a);
    println!("{}", a + b == Point { x: 11, y: 22 });
}
// expect: Point { x: 11, y: 22 }
// expect: Point { x: 111, y: 122 } Point { x: -1, y: -2 }
// expect: true
