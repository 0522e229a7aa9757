// A `self`-by-value method with `where Self: Sized` called on a trait object: rustc's "the `scaled` method cannot be invoked on a trait object" (no code), before any question of support.
trait Shape {
    fn area(&self) -> f64;
    fn scaled(self, k: f64) -> f64
    where
        Self: Sized,
    {
        self.area() * k
    }
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    let b: Box<dyn Shape> = Box::new(Sq(2.0));
    println!("{}", b.area());
    println!("{}", b.scaled(2.0));
}
// error: "the `scaled` method cannot be invoked on a trait object" at 20:22
