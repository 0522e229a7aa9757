// Trait constructors and labels through a generic's T (T::new, T::label), Shape::area given to map, and T::default in a HashMap.
use std::collections::HashMap;
use std::fmt::Debug;

trait Shape {
    fn new(size: f64) -> Self;
    fn area(&self) -> f64;
    fn label() -> &'static str;
}

#[derive(Debug)]
struct Square(f64);
#[derive(Debug)]
struct Circle(f64);

impl Shape for Square {
    fn new(size: f64) -> Self { Square(size) }
    fn area(&self) -> f64 { self.0 * self.0 }
    fn label() -> &'static str { "square" }
}

impl Shape for Circle {
    fn new(size: f64) -> Self { Circle(size) }
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn label() -> &'static str { "circle" }
}

fn make_all<T: Shape + Debug>(sizes: &[f64]) -> Vec<T> {
    sizes.iter().map(|&s| T::new(s)).collect()
}

fn report<T: Shape>(items: &[T]) {
    let total: f64 = items.iter().map(Shape::area).sum();
    println!("{} {}s with area {}", items.len(), T::label(), total);
}

fn counts<T: Default + Debug>() -> HashMap<String, T> {
    let mut m = HashMap::new();
    m.insert("zero".to_string(), T::default());
    m
}

fn main() {
    let squares: Vec<Square> = make_all(&[1.0, 2.0]);
    let circles = make_all::<Circle>(&[1.0]);
    report(&squares);
    report(&circles);
    println!("{:?} {:?}", squares, circles);
    println!("{:?}", counts::<Vec<u8>>());
    println!("{:?}", counts::<String>()["zero"]);
}
// expect: 2 squares with area 5
// expect: 1 circles with area 3
// expect: [Square(1.0), Square(2.0)] [Circle(1.0)]
// expect: {"zero": []}
// expect: ""
