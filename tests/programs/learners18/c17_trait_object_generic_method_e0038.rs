// A trait with a generic method is not dyn compatible: Box<dyn Shape> is E0038.
trait Shape {
    fn area(&self) -> f64;
    fn scale<T: Into<f64>>(&self, by: T) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn scale<T: Into<f64>>(&self, by: T) -> f64 {
        self.0 * by.into()
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))];
    println!("{}", shapes.len());
}
// error: E0038 at 19:29
