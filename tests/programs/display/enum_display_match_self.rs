// Display for an enum matches on self and writes a different text for each variant.
use std::fmt;

enum Shape {
    Circle(f64),
    Rect { w: u32, h: u32 },
    Empty,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Circle(r) => write!(f, "circle of radius {}", r),
            Shape::Rect { w, h } => write!(f, "{}x{} rectangle", w, h),
            Shape::Empty => write!(f, "nothing"),
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.5), Shape::Rect { w: 2, h: 3 }, Shape::Empty];
    for s in &shapes {
        println!("{}", s);
    }
}
// expect: circle of radius 1.5
// expect: 2x3 rectangle
// expect: nothing
