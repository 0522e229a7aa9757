// A slice of &dyn Shape references built from locals of two types; a default method calls the required one through the vtable.
trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("shape with area {:.2}", self.area())
    }
}

struct Square(f64);
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn describe(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let s = Square(1.5);
    let r = Rect { w: 2.0, h: 3.0 };
    let all: [&dyn Shape; 2] = [&s, &r];
    for sh in all.iter() {
        println!("{}", sh.describe());
    }
    println!("{}", total_area(&all));
}
// expect: shape with area 2.25
// expect: rect 2x3
// expect: 8.25
