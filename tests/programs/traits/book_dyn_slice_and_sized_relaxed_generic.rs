// Trait objects in a slice (&[&dyn Shape]) summed, a generic S: Shape + ?Sized given a concrete type and a Box<dyn Shape>'s as_ref(), and a Display generic over &str and f64 slices.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}
struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe<S: Shape + ?Sized>(s: &S) -> String {
    format!("{} with area {:.2}", s.name(), s.area())
}

fn show_all<T: Display>(items: &[T]) {
    for (i, it) in items.iter().enumerate() {
        println!("{}: {}", i, it);
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { side: 2.0 };
    println!("{:.3}", total_area(&[&c, &s]));
    println!("{}", describe(&c));
    println!("{}", describe(&s));
    let boxed: Vec<Box<dyn Shape>> = vec![Box::new(Square { side: 1.5 }), Box::new(Circle { r: 0.5 })];
    for b in &boxed {
        println!("{}", describe(b.as_ref()));
    }
    show_all(&["a", "b"]);
    show_all(&[1.5, 2.25]);
}
// expect: 7.140
// expect: circle with area 3.14
// expect: shape with area 4.00
// expect: shape with area 2.25
// expect: circle with area 0.79
// expect: 0: a
// expect: 1: b
// expect: 0: 1.5
// expect: 1: 2.25
