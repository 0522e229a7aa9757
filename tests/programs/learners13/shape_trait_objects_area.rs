// A Shape trait with area and name, a Vec<Box<dyn Shape>>, the total area and the largest by area.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "square".to_string()
    }
    fn describe(&self) -> String {
        format!("a square of side {}", self.0)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Rect { w: 2.0, h: 3.5 }),
        Box::new(Square(2.5)),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {:.3}", total);
    let mut biggest = &shapes[0];
    for s in shapes.iter() {
        if s.area() > biggest.area() {
            biggest = s;
        }
    }
    println!("biggest: {}", biggest.name());
}
// expect: circle with area 3.14
// expect: rect 2x3.5 with area 7.00
// expect: a square of side 2.5
// expect: total area 16.392
// expect: biggest: rect 2x3.5
