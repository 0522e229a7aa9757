// The distance between two points, `((dx).powi(2) + (dy).powi(2)).sqrt()`, as a struct-and-methods chapter writes it.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn distance(&self, other: &Point) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

fn main() {
    let a = Point { x: 1.0, y: 2.0 };
    let b = Point { x: 4.0, y: 6.0 };
    let c = Point { x: -0.5, y: 0.25 };
    println!("{} {} {:.4}", a.distance(&b), b.distance(&a), a.distance(&c));
}
// expect: 5 5 2.3049
