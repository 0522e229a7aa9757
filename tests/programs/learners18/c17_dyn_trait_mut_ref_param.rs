// &mut dyn Trait parameters changing state, and a Vec<Box<dyn Trait>> updated with iter_mut.
trait Shape {
    fn grow(&mut self, by: f64);
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn grow(&mut self, by: f64) {
        self.r += by;
    }
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Square {
    fn grow(&mut self, by: f64) {
        self.side *= by;
    }
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> &str {
        "square"
    }
}

fn double(s: &mut dyn Shape) {
    s.grow(2.0);
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square { side: 1.5 })];
    for s in shapes.iter_mut() {
        double(s.as_mut());
    }
    for s in &shapes {
        println!("{} {:.2}", s.name(), s.area());
    }
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest {}", biggest.name());
    let mut c = Circle { r: 0.5 };
    double(&mut c);
    println!("{}", c.r);
}
// expect: circle 27.00
// expect: square 9.00
// expect: biggest circle
// expect: 2.5
