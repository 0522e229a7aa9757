// Fields and methods of a boxed struct are reached through auto-deref.
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn dist2(&self) -> f64 {
        self.x * self.x + self.y * self.y
    }
}

fn main() {
    let p = Box::new(Point { x: 3.0, y: 4.0 });
    println!("{} {} {}", p.x, p.y, p.dist2());
}
// expect: 3 4 25
