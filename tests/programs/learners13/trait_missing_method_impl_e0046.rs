// An impl missing a required method is E0046.
trait Area {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Sq(2.0).area());
}
// error: E0046 at 9:1
