// A function returning impl Trait must return one type: two branches with different types are E0308.
trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);
struct Circle(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn make(round: bool) -> impl Shape {
    if round {
        Circle(1.0)
    } else {
        Sq(1.0)
    }
}

fn main() {
    println!("{}", make(true).area());
}
// error: E0308 at 25:9
