// `impl Trait` written in a `let`'s type (`Vec<impl Shape>`): rustc's E0562 "`impl Trait` is not allowed in the type of variable bindings", not "not supported yet".
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    let shapes: Vec<impl Shape> = vec![Sq(1.0), Sq(2.0)];
    println!("{}", shapes.len());
}
// error: E0562 at 12:21
