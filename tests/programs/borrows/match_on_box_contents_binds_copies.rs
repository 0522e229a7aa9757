// Matching `*b` of a live Box tests and copies what it holds; b stays usable after the match.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let b = Box::new(Shape::Square(2.0));
    let area = match *b {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Square(s) => s * s,
    };
    let n: Box<i64> = Box::new(7);
    match *n {
        7 => println!("seven"),
        other => println!("{}", other),
    }
    println!("{} {:?} {}", area, b, n);
}
// expect: seven
// expect: 4 Square(2.0) 7
