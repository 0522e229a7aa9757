// A trait's method called by the trait's path on a trait object (Shape::area(r) with r: &dyn Shape, through &mut and Box<Self> too) runs the vtable's function, as the method call does.
trait Shape {
    fn area(&self) -> f64;
    fn grow(&mut self, k: f64);
    fn name(&self) -> String {
        String::from("shape")
    }
    fn into_unit(self: Box<Self>) -> Box<dyn Shape>;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn grow(&mut self, k: f64) { self.0 *= k; }
    fn into_unit(self: Box<Self>) -> Box<dyn Shape> { Box::new(Square(1.0)) }
}

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn grow(&mut self, k: f64) { self.0 *= k; }
    fn name(&self) -> String { format!("circle of radius {}", self.0) }
    fn into_unit(self: Box<Self>) -> Box<dyn Shape> { self }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0))];
    for s in shapes.iter_mut() {
        Shape::grow(s.as_mut(), 2.0);
    }
    for s in &shapes {
        let r: &dyn Shape = s.as_ref();
        println!("{}: {}", Shape::name(r), Shape::area(r));
    }
    let first = shapes.remove(0);
    let unit = Shape::into_unit(first);
    println!("{} {}", unit.name(), unit.area());
}
// expect: shape: 16
// expect: circle of radius 2: 12
// expect: shape 1
