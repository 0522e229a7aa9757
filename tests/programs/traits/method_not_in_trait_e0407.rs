// A method the trait does not declare cannot be in its impl: E0407.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}
// error: E0407 at 12:5
