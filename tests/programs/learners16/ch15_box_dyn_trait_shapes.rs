// A Vec<Box<dyn Shape>> of circles and rectangles, total area and names through the trait.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 3.5 })];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{} {}", s.name(), s.area());
        total += s.area();
    }
    println!("total {}", total);
}
// expect: circle r=1 3
// expect: shape 7
// expect: total 10
