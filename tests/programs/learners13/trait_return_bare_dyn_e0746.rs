// Returning a bare `dyn Trait` from a function is E0746.
trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn make() -> dyn Shape {
    Sq(1.0)
}

fn main() {
    println!("{}", make().area());
}
// error: E0746 at 14:14
