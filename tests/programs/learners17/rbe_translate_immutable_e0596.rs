// Rust-by-Example-style: calling a `&mut self` method on a binding not declared `mut` is E0596.
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn translate(&mut self, dx: f64, dy: f64) {
        self.x += dx;
        self.y += dy;
    }
}

fn main() {
    let p = Point { x: 0.0, y: 0.0 };
    p.translate(1.0, 1.0);
    println!("{} {}", p.x, p.y);
}
// error: E0596 at 16:5
