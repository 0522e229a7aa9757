// A match that forgets variants is E0004, and rustc lists the missing ones with their fields as wildcards.
enum Shape {
    Circle(f64),
    Square(f64),
    Tri(f64, f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
    }
}

fn main() {
    println!("{}", area(&Shape::Square(2.0)));
    let _ = Shape::Tri(1.0, 1.0, 1.0);
}
// error: E0004 at 9:11
