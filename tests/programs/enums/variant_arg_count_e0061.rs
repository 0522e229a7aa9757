// Building a tuple variant with the wrong number of values is E0061, "this enum variant takes 1 argument".
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let c = Shape::Circle(1.0, 2.0);
    let _ = Shape::Square(1.0);
    let _ = c;
}
// error: E0061 at 8:13
