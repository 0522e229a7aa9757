// Sorting a Vec<Box<dyn Shape>> by area with sort_by and partial_cmp, then printing names in order.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle(f64);
struct Rect(f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle r={}", self.0)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.0, self.1)
    }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Rect(3.0, 4.0)), Box::new(Circle(1.0)), Box::new(Rect(1.0, 1.5)), Box::new(Circle(2.0))];
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for s in &shapes {
        println!("{:>12} {:6.2}", s.name(), s.area());
    }
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest: {}", biggest.name());
}
// expect:   rect 1x1.5   1.50
// expect:   circle r=1   3.00
// expect:     rect 3x4  12.00
// expect:   circle r=2  12.00
// expect: biggest: circle r=2
