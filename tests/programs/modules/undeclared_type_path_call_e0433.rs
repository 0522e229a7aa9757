// `Shape::Circle::new()` with no `Shape` anywhere: E0433 at the first segment (`Shape`), the type that is missing.
struct Circle {
    r: f64,
}

fn main() {
    let c = Shape::Circle::new(1.0);
    let d = Circle { r: 2.0 };
    println!("{}", d.r);
}
// error: E0433 at 7:13
