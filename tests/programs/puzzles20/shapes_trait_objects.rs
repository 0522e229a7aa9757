// Shapes as Box<dyn Shape> with a provided default method overridden by one impl, the largest found by max_by over partial_cmp.
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle(f64);
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle r={}", self.0)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.5)), Box::new(Rect { w: 2.0, h: 3.5 }), Box::new(Circle(0.5))];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{} -> {:.3}", s.name(), s.area());
        total += s.area();
    }
    println!("total {:.2}", total);
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest {}", biggest.name());
    println!("{}", Rect { w: 1.0, h: 2.0 });
}
// expect: circle r=1.5 -> 7.069
// expect: shape -> 7.000
// expect: circle r=0.5 -> 0.785
// expect: total 14.85
// expect: biggest circle r=1.5
// expect: 1x2
