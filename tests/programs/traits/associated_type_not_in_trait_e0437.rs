// An impl cannot define an associated type its trait does not declare: E0437.
trait Shape {
    fn area(&self) -> f64;
}

struct Square;

impl Shape for Square {
    type Unit = f64;
    fn area(&self) -> f64 {
        1.0
    }
}

fn main() {
    println!("{}", Square.area());
}
// error: E0437 at 9:5
