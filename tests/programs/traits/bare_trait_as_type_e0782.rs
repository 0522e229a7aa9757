// A trait used as a type must say `dyn`: E0782 (edition 2021).
trait Shape {
    fn area(&self) -> f64;
}

fn total(s: &Shape) -> f64 {
    s.area()
}

fn main() {}
// error: E0782 at 6:14
