// Forgetting one nested variant is E0004 at the scrutinee.
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect { w, h } => w * h,
    }
}

fn main() {
    println!("{}", area(&Shape::Tri(1.0, 1.0, 1.0)));
}
// error: E0004 at 9:11
