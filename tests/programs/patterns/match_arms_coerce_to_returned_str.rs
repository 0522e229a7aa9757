// A method returning `&str` may give a literal from one arm and a `&String` bound by the pattern from another: the arm is coerced to `&str`.
enum Shape {
    Circle(f64),
    Named(String, f64),
}

impl Shape {
    fn name(&self) -> &str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Named(n, _) => n,
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Named(String::from("square"), 2.0)];
    for s in &shapes {
        println!("{}", s.name());
    }
}
// expect: circle
// expect: square
