// An impl that leaves out a required method is E0046 at the impl's header.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}
// error: E0046 at 9:1
