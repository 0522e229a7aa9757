// let-else pulling a variant's payload out or returning a default.
enum Shape {
    Circle(f64),
    Square(f64),
}

fn circle_area(s: &Shape) -> f64 {
    let Shape::Circle(r) = s else {
        return 0.0;
    };
    3.0 * r * r
}

fn main() {
    println!("{} {}", circle_area(&Shape::Circle(2.0)), circle_area(&Shape::Square(2.0)));
}
// expect: 12 0
