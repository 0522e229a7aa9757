// A trait used as a type without dyn (edition 2021) is E0782.
trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area(s: &Shape) {
    println!("{}", s.area());
}

fn main() {
    print_area(&Sq(2.0));
}
// error: E0782 at 14:19
