// Add<Point> for Point, then `p + 5` with an integer is E0308.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p + 5;
    println!("{:?}", q);
}
// error: E0308 at 19:17
