// Trait objects in a Vec<Box<dyn Shape>> with a provided method overridden by one impl; summed areas and max_by on partial_cmp.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle { r: f64 }
struct Square { side: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14 * self.r * self.r }
    fn name(&self) -> String { format!("circle r={}", self.r) }
}

impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square { side: 2.0 }), Box::new(Circle { r: 0.5 })];
    for s in &shapes {
        println!("{}: {:.2}", s.name(), s.area());
    }
    println!("total {:.3}", total_area(&shapes));
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest: {}", biggest.name());
}
// expect: circle r=1: 3.14
// expect: shape: 4.00
// expect: circle r=0.5: 0.79
// expect: total 7.925
// expect: biggest: shape
