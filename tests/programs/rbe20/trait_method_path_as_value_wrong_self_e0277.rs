// A trait's method path given to map over items whose type lacks the impl: rustc's E0277 at the map call, naming the open {float}.
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn main() {
    let v = vec![1.0, 2.0];
    let areas: Vec<f64> = v.iter().map(Shape::area).collect();
    println!("{:?}", areas);
}
// error: E0277 at 7:27
// headline: differs: the engine checks the bound once the literal's type is defaulted and names f64, where rustc names the open {float}
